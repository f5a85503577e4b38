package net.adtelligent.bootstrap.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import net.adtelligent.bootstrap.Operations;
import net.adtelligent.bootstrap.RefusedException;
import net.adtelligent.contracts.Contracts;
import net.adtelligent.contracts.StreamContract;
import net.adtelligent.ports.in.system.ConnectionReadiness.Check;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
        name = "tenant",
        mixinStandardHelpOptions = true,
        description = "Checks each of the tenant's connections that is not paused or deleted: its credentials open,"
                + " its token has not ended, every stream its connector feeds has a data contract. One row per check"
                + " per connection; exits 1 when one fails.",
        footer = {"", "Example:", "  adtelligent readiness tenant --tenant demo"})
final class ReadinessTenantCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    ReadinessCommand readiness;

    @Option(names = "--tenant", required = true, paramLabel = "SLUG", description = "The tenant.")
    String tenant;

    @Override
    public Integer call() {
        Set<String> streams = Contracts.load().all().stream().map(StreamContract::stream).collect(Collectors.toSet());
        List<Check> checks = Operations.withCore(readiness.parent.settings(), core -> core.connectionReadiness()
                .check(ConnectionsCommand.slug(tenant), streams)
                .getOrElseThrow(rejection -> new RefusedException("--tenant", rejection)));
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%-36s  %-14s %-11s %-4s  %s%n", "CONNECTION", "PLATFORM", "CHECK", "", "DETAIL");
        for (Check check : checks) {
            out.printf("%-36s  %-14s %-11s %-4s  %s: %s%n", check.connection(), check.platform(), check.kind().wireName(),
                    check.passed() ? "pass" : "FAIL", check.name(), check.detail());
        }
        long failed = checks.stream().filter(check -> !check.passed()).count();
        out.printf("%d checks, %d failed%n", checks.size(), failed);
        return failed == 0 ? 0 : 1;
    }
}
