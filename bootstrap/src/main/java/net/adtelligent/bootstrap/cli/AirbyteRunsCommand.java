package net.adtelligent.bootstrap.cli;

import io.vavr.control.Option;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import net.adtelligent.ports.in.Actor;
import net.adtelligent.ports.in.PageQuery;
import net.adtelligent.ports.in.Syncs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
        name = "runs",
        mixinStandardHelpOptions = true,
        description = "Lists the tenant's sync runs, newest first (at most --limit), then how each connection's syncs"
                + " went: last success, success rates over 7 and 30 days, median duration and median records per sync.",
        footer = {"", "Examples:", "  adtelligent airbyte runs --tenant demo",
            "  adtelligent airbyte runs --tenant demo --status failed --from 2026-11-01T00:00:00Z --limit 20"})
final class AirbyteRunsCommand implements Callable<Integer> {

    private static final Actor OPERATOR = Actor.system("adtelligent airbyte runs");

    @Spec
    CommandSpec spec;

    @ParentCommand
    AirbyteCommand airbyte;

    @picocli.CommandLine.Option(names = "--tenant", required = true, paramLabel = "SLUG", description = "The tenant.")
    String tenant;

    @picocli.CommandLine.Option(names = "--connection", paramLabel = "ID", description = "Only this connection's runs.")
    String connection;

    @picocli.CommandLine.Option(names = "--status", paramLabel = "STATUS",
            description = "Only runs in this status: running, succeeded, failed, cancelled.")
    String status;

    @picocli.CommandLine.Option(names = "--from", paramLabel = "INSTANT", description = "Only runs started at or after.")
    String from;

    @picocli.CommandLine.Option(names = "--to", paramLabel = "INSTANT", description = "Only runs started before.")
    String to;

    @picocli.CommandLine.Option(names = "--limit", paramLabel = "N", defaultValue = "50",
            description = "At most this many runs (1 to " + PageQuery.MAX_LIMIT + "; default ${DEFAULT-VALUE}).")
    int limit;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Syncs.RunQuery query = new Syncs.RunQuery(Option.of(connection), Option.of(status), Option.of(from),
                Option.of(to), PageQuery.first(limit));
        Syncs.Telemetry telemetry = airbyte.withCore(core -> AirbyteCommand.orRefuse(core.syncs()
                .telemetry(OPERATOR, ConnectionsCommand.slug(tenant), query)));
        telemetry.runs().items().forEach(run -> AirbyteCommand.print(out, run));
        if (telemetry.runs().items().isEmpty()) {
            out.println("no sync runs");
        }
        if (!telemetry.connections().isEmpty()) {
            out.println();
            telemetry.connections().forEach(stats -> AirbyteCommand.print(out, stats));
        }
        return 0;
    }
}
