package net.adtelligent.bench.cli;

import java.io.PrintWriter;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.Callable;
import net.adtelligent.application.Adtelligent;
import net.adtelligent.bootstrap.ConfigurationException;
import net.adtelligent.bootstrap.Operations;
import net.adtelligent.bootstrap.Settings;
import net.adtelligent.bootstrap.cli.Progress;
import net.adtelligent.bench.SnapshotBaseline;
import net.adtelligent.bench.SnapshotFacts;
import net.adtelligent.domain.fact.DateRange;
import net.adtelligent.domain.tenant.Tenant;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "snapshot",
        mixinStandardHelpOptions = true,
        description = {"Stores --rows generated ad facts for a new tenant, then times, in alternating rounds of one run, "
                + "generating its snapshot through the core and the bare SQL aggregate of the same window's rows "
                + "(sum by day, platform and currency, as the application role); prints both times and their ratio "
                + "(goal: at most 2x, and under 3 s).",
            "Two cases: the rows spread over --days days up to the window's last day, so the window holds its share; "
                + "then every row inside the window (the harder case). Loading is timed apart and not compared.",
            "It registers tenants bench-snapshot-... and leaves them with their rows: run it on a scratch ADT_DATA_DIR."},
        footer = {"", "Examples, on a scratch data folder:",
            "  ADT_DATA_DIR=/tmp/adt-bench adtelligent-bench snapshot",
            "  ADT_DATA_DIR=/tmp/adt adtelligent-bench snapshot --rows 200000 --rounds 5"})
final class BenchSnapshotCommand implements Callable<Integer> {

    private static final double MAX_RATIO = 2.0;
    private static final double MAX_MILLIS = 3000;

    @Spec
    CommandSpec spec;

    @Option(names = "--rows", defaultValue = "1000000", paramLabel = "N", description = "Fact rows of each case's tenant (default: ${DEFAULT-VALUE}).")
    long rows;

    @Option(names = "--rounds", defaultValue = "3", paramLabel = "R", description = "Timed rounds of each (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--days", defaultValue = "365", paramLabel = "D", description = "Days the first case spreads the rows over (default: ${DEFAULT-VALUE}).")
    int days;

    @Override
    public Integer call() {
        if (rows < 1 || rounds < 1 || days < 1) {
            throw new ConfigurationException("--rows, --rounds and --days must be positive");
        }
        Settings settings = ((BenchCommand) spec.root().userObject()).settings();
        Progress progress = new Progress(spec.commandLine().getErr());
        try {
            return Operations.withCore(settings, core -> {
                try (SnapshotBaseline baseline = SnapshotBaseline.forDatabaseOf(settings)) {
                    return run(core, baseline, progress);
                }
            });
        } finally {
            progress.done();
        }
    }

    private int run(Adtelligent core, SnapshotBaseline baseline, Progress progress) {
        PrintWriter out = spec.commandLine().getOut();
        out.printf("command: adtelligent-bench %s%n", String.join(" ", spec.commandLine().getParseResult().originalArgs()));
        out.printf("database: %s; snapshot: the core's, stored as the scheduler stores it; bare SQL: one query through a "
                + "pool of its own, rows read into Java%n", baseline.describe());
        new BenchReport(out, rows).machine();
        out.printf("each case: one snapshot and one bare aggregate untimed first; then %d timed %s, alternating which goes "
                + "first%n%n", rounds, rounds == 1 ? "round" : "rounds");
        Tenant spread = SnapshotFacts.newTenant(core, "bench-snapshot");
        DateRange window = core.scheduledSnapshots().generate(spread.id()).window();
        runCase(core, baseline, spread, window, days, "spread over " + days + " days", progress);
        int windowDays = (int) ChronoUnit.DAYS.between(window.first(), window.last()) + 1;
        Tenant inside = SnapshotFacts.newTenant(core, "bench-snapshot");
        runCase(core, baseline, inside, core.scheduledSnapshots().generate(inside.id()).window(),
                windowDays, "all in the window", progress);
        return 0;
    }

    private void runCase(Adtelligent core, SnapshotBaseline baseline, Tenant tenant, DateRange window, int caseDays,
                         String label, Progress progress) {
        PrintWriter out = spec.commandLine().getOut();
        SnapshotFacts.Loaded loaded = SnapshotFacts.load(core, tenant, window, rows, caseDays,
                stored -> progress.step(label + ": storing rows, " + stored));
        out.printf("case %s: tenant %s, %,d rows (%,d ads a day on %,d days up to %s), %,d of them in the snapshot's window "
                + "%s..%s; stored through the core in %s (%,.0f rows/s, not compared)%n", label, tenant.slug().value(),
                loaded.rows(), loaded.adsPerDay(), caseDays, window.last(), loaded.inWindow(), window.first(), window.last(),
                BenchSnapshotReport.seconds(loaded.nanos()), loaded.rows() * 1e9 / loaded.nanos());
        progress.step(label + ": warm-up");
        int snapshotRows = core.scheduledSnapshots().generate(tenant.id()).adRows().size();
        int groups = baseline.sums(tenant.id(), window).groups();
        out.printf("groups (day, platform, currency): snapshot %,d, bare SQL %,d%n", snapshotRows, groups);
        BenchSnapshotReport report = new BenchSnapshotReport(out);
        for (int round = 1; round <= rounds; round++) {
            boolean snapshotFirst = round % 2 == 1;
            long[] nanos = new long[2];
            for (int turn = 0; turn < 2; turn++) {
                boolean snapshotTurn = (turn == 0) == snapshotFirst;
                progress.step(label + ": round " + round + "/" + rounds + ": " + (snapshotTurn ? "snapshot" : "bare SQL"));
                long started = System.nanoTime();
                if (snapshotTurn) {
                    core.scheduledSnapshots().generate(tenant.id());
                } else {
                    baseline.sums(tenant.id(), window);
                }
                nanos[snapshotTurn ? 0 : 1] = System.nanoTime() - started;
            }
            report.round(round, snapshotFirst, nanos[0], nanos[1]);
        }
        progress.done();
        report.summary(label, MAX_RATIO, MAX_MILLIS);
    }
}
