package net.adtelligent.bootstrap.cli;

import java.util.concurrent.Callable;
import net.adtelligent.bootstrap.ReadinessChecks;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
        name = "production",
        mixinStandardHelpOptions = true,
        description = "Checks what a production installation needs: the database migrated and reachable; keys in"
                + " AWS KMS (ADT_KMS_PROVIDER=aws with a key); mail through SES from a verified sender; CORS origins"
                + " set; a strong ADT_JWT_SIGNING_KEY; Airbyte configured and reachable; ADT_METRICS_TOKEN or"
                + " ADT_METRICS_PORT set; where dbt is used (ADT_DBT_TARGET_DIR or ADT_FACTS_SOURCE=dbt), what"
                + " 'readiness dbt' checks. One row per check; exits 1 when one fails.",
        footer = {"", "Example:", "  adtelligent readiness production"})
final class ReadinessProductionCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    ReadinessCommand readiness;

    @Override
    public Integer call() {
        return ReadinessTable.print(spec.commandLine().getOut(), ReadinessChecks.production(readiness.parent.settings()));
    }
}
