package net.adtelligent.bootstrap.cli;

import java.util.concurrent.Callable;
import net.adtelligent.bootstrap.ReadinessChecks;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
        name = "dbt",
        mixinStandardHelpOptions = true,
        description = "Checks the dbt project's runs: ADT_DBT_TARGET_DIR set; the last run (run_results.json)"
                + " succeeded within ADT_DBT_STALE_AFTER; every source passed (or warned) at the last `dbt source"
                + " freshness` (sources.json); with ADT_FACTS_SOURCE=dbt, the service can read the fact marts in"
                + " ADT_DBT_SCHEMA. Exits 1 when a check fails.",
        footer = {"", "Example:", "  ADT_DBT_TARGET_DIR=/srv/dbt/target adtelligent readiness dbt"})
final class ReadinessDbtCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    ReadinessCommand readiness;

    @Override
    public Integer call() {
        return ReadinessTable.print(spec.commandLine().getOut(), ReadinessChecks.dbt(readiness.parent.settings()));
    }
}
