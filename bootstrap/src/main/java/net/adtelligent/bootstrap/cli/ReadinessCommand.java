package net.adtelligent.bootstrap.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import net.adtelligent.bootstrap.Operations;
import net.adtelligent.ports.in.HealthReport;
import net.adtelligent.ports.out.ComponentHealth;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
        name = "readiness",
        mixinStandardHelpOptions = true,
        description = "Checks every outside part the configuration names (database; mail: with SES, whether the "
                + "sender identity is verified for sending and its DKIM status) and exits 1 when one is not ready."
                + " With 'tenant', checks a tenant's connections instead; with 'airbyte', Airbyte and every"
                + " connection's Airbyte side; with 'dbt', the dbt project's last run and sources; with 'production',"
                + " what a production installation needs.",
        subcommands = {ReadinessTenantCommand.class, ReadinessAirbyteCommand.class, ReadinessDbtCommand.class,
            ReadinessProductionCommand.class},
        footer = {"", "Examples:", "  ADT_MAIL_PROVIDER=ses ADT_MAIL_FROM=ops@example.com AWS_REGION=eu-west-1 adtelligent readiness",
            "  adtelligent readiness tenant --tenant demo", "  adtelligent readiness airbyte", "  adtelligent readiness dbt",
            "  adtelligent readiness production"})
final class ReadinessCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    AdtelligentCommand parent;

    @Override
    public Integer call() {
        HealthReport report = Operations.readiness(parent.settings());
        PrintWriter out = spec.commandLine().getOut();
        for (ComponentHealth component : report.components()) {
            out.printf("%-9s %-5s %s%n", component.component(), component.up() ? "ready" : "NOT", component.detail());
        }
        return report.up() ? 0 : 1;
    }
}
