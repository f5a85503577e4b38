package net.adtelligent.bootstrap.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.Callable;
import net.adtelligent.domain.connection.ConnectionId;
import net.adtelligent.domain.sync.SyncRun;
import net.adtelligent.domain.sync.SyncStatus;
import net.adtelligent.domain.tenant.Slug;
import net.adtelligent.ports.in.Actor;
import net.adtelligent.ports.in.PageQuery;
import net.adtelligent.ports.in.Syncs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
        name = "sync",
        mixinStandardHelpOptions = true,
        description = "Asks Airbyte to sync the connection now and prints the run recorded for it. With --wait,"
                + " follows the run until it ends (progress on a terminal only) and exits 1 unless it succeeded.",
        footer = {"", "Example:", "  adtelligent airbyte sync --tenant demo --connection 0b6c1e0e-4c1f-4e55-9a4e-2f1d3c5b7a90 --wait"})
final class AirbyteSyncCommand implements Callable<Integer> {

    private static final Actor OPERATOR = Actor.system("adtelligent airbyte sync");
    private static final Duration EVERY = Duration.ofSeconds(5);

    @Spec
    CommandSpec spec;

    @ParentCommand
    AirbyteCommand airbyte;

    @Option(names = "--tenant", required = true, paramLabel = "SLUG", description = "The tenant.")
    String tenant;

    @Option(names = "--connection", required = true, paramLabel = "ID", description = "The connection (its id).")
    String connection;

    @Option(names = "--wait", description = "Follow the run until it ends.")
    boolean await;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        ConnectionId id = connectionId();
        Slug slug = ConnectionsCommand.slug(tenant);
        return airbyte.withCore(core -> {
            SyncRun run = AirbyteCommand.orRefuse(core.syncs().start(OPERATOR, slug, id));
            if (!await) {
                AirbyteCommand.print(out, run);
                return 0;
            }
            Progress progress = new Progress(spec.commandLine().getErr());
            while (!run.status().finished()) {
                progress.step("sync " + run.id() + " running, " + run.recordsSynced() + " records so far");
                sleep();
                core.syncPolling().poll(run.tenant());
                run = reread(core.syncs(), slug, run);
            }
            progress.done();
            AirbyteCommand.print(out, run);
            return run.status() == SyncStatus.SUCCEEDED ? 0 : 1;
        });
    }

    /** The run as now recorded: the newest runs of its connection hold it, as none starts while it runs. */
    private static SyncRun reread(Syncs syncs, Slug slug, SyncRun run) {
        Syncs.RunQuery ofConnection = new Syncs.RunQuery(io.vavr.control.Option.of(run.connection().toString()),
                io.vavr.control.Option.none(), io.vavr.control.Option.none(), io.vavr.control.Option.none(),
                PageQuery.first(10));
        return AirbyteCommand.orRefuse(syncs.telemetry(OPERATOR, slug, ofConnection)).runs().items().stream()
                .filter(found -> found.id().equals(run.id())).findFirst().orElse(run);
    }

    private ConnectionId connectionId() {
        try {
            return new ConnectionId(UUID.fromString(connection));
        } catch (IllegalArgumentException notUuid) {
            throw new ParameterException(spec.commandLine(), "--connection '" + connection + "' is not a connection id");
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(EVERY.toMillis());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the sync", interrupted);
        }
    }
}
