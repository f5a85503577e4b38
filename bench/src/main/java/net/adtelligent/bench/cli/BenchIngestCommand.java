package net.adtelligent.bench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;
import net.adtelligent.adapters.postgres.PostgresDatabase;
import net.adtelligent.adapters.postgres.ScratchCopy;
import net.adtelligent.application.Adtelligent;
import net.adtelligent.bench.FactsCsv;
import net.adtelligent.bench.InsightsFile;
import net.adtelligent.bench.NormaliseIngest;
import net.adtelligent.bench.SnapshotFacts;
import net.adtelligent.bootstrap.ConfigurationException;
import net.adtelligent.bootstrap.Operations;
import net.adtelligent.bootstrap.Settings;
import net.adtelligent.bootstrap.cli.Progress;
import net.adtelligent.contracts.Contracts;
import net.adtelligent.contracts.StreamContract;
import net.adtelligent.domain.connection.ConnectionId;
import net.adtelligent.domain.tenant.Tenant;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "ingest",
        mixinStandardHelpOptions = true,
        description = {"Generates a JSON Lines file of Airbyte records of meta_ads.ads_insights (2,000 ads, every record a "
                + "key of its own), then times, in alternating rounds on the database the service uses, what "
                + "`adtelligent contracts normalize --ingest` does with it (normalise, then store the facts through the "
                + "core's ingest, one unit of work) and PostgreSQL's COPY of the same facts, as CSV, into a plain table; "
                + "prints both rates and their ratio (goal: at least 35%%).",
            "Each round stores under a new connection, so every row is a new insert. It registers a tenant "
                + "bench-ingest-... and leaves it with its rows: run it on a scratch ADT_DATA_DIR (or ADT_DATABASE_URL)."},
        footer = {"", "Example, on a scratch data folder:", "  export ADT_DATA_DIR=/tmp/adt-bench",
            "  adtelligent-bench ingest --rows 500000 --rounds 3"})
final class BenchIngestCommand implements Callable<Integer> {

    private static final double GOAL = 0.35;
    private static final String STREAM = "meta_ads.ads_insights";

    @Spec
    CommandSpec spec;

    @Option(names = "--rows", defaultValue = "500000", paramLabel = "N", description = "Airbyte records (default: ${DEFAULT-VALUE}).")
    long rows;

    @Option(names = "--rounds", defaultValue = "3", paramLabel = "R", description = "Timed rounds of each (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--warmup", defaultValue = "50000", paramLabel = "N", description = "Records of a smaller file each side "
            + "takes untimed first; at most --rows (default: ${DEFAULT-VALUE}).")
    long warmup;

    @Override
    public Integer call() throws IOException {
        if (rows < 1 || rounds < 1 || warmup < 0) {
            throw new ConfigurationException("--rows and --rounds must be positive, --warmup at least 0");
        }
        Settings settings = ((BenchCommand) spec.root().userObject()).settings();
        Progress progress = new Progress(spec.commandLine().getErr());
        Path work = Files.createTempDirectory("adtelligent-bench-ingest-");
        try {
            progress.step(String.format("generating %,d records", rows));
            Path messages = work.resolve("ads_insights.jsonl");
            InsightsFile.Written input = InsightsFile.write(messages, InsightsFile.Keys.distinct, rows, Long.MAX_VALUE, bytes -> { });
            Path warm = work.resolve("warm-up.jsonl");
            InsightsFile.write(warm, InsightsFile.Keys.distinct, Math.min(warmup, rows), Long.MAX_VALUE, bytes -> { });
            return Operations.withCoreAndDatabase(settings, (core, database) -> run(core, database, input, messages, warm, work, progress));
        } finally {
            progress.done();
            try (var files = Files.list(work)) {
                for (Path file : files.toList()) {
                    Files.deleteIfExists(file);
                }
            }
            Files.deleteIfExists(work);
        }
    }

    private int run(Adtelligent core, PostgresDatabase database, InsightsFile.Written input, Path messages, Path warm,
                    Path work, Progress progress) {
        StreamContract stream = Contracts.load().stream(STREAM).orElseThrow();
        Tenant tenant = SnapshotFacts.newTenant(core, "bench-ingest");
        PrintWriter out = spec.commandLine().getOut();
        out.printf("command: adtelligent-bench %s%n", String.join(" ", spec.commandLine().getParseResult().originalArgs()));
        out.printf("input: %,d Airbyte records of %s, %s of JSON Lines, %,d keys%n", input.records(), STREAM,
                BenchReport.bytes(input.bytes()), input.distinctKeys());
        out.printf("ingest: the normaliser, then IngestFacts.ingestAll (chunks of facts stored as they come), one unit of work; "
                + "tenant %s (left in place, with the rows)%n", tenant.slug().value());
        out.printf("COPY: the same facts as CSV (%d columns of ad_performance_daily), COPY FROM STDIN through the JDBC driver, "
                + "as the schema owner, into a plain table%n", FactsCsv.COLUMNS.size());
        new BenchReport(out, input.records()).machine();

        progress.step("writing the facts as CSV");
        Path csv = work.resolve("facts.csv");
        Path warmCsv = work.resolve("warm-up.csv");
        long facts = FactsCsv.write(stream, InsightsFile.ACCOUNT, tenant.id(), new ConnectionId(UUID.randomUUID()), messages, csv);
        FactsCsv.write(stream, InsightsFile.ACCOUNT, tenant.id(), new ConnectionId(UUID.randomUUID()), warm, warmCsv);
        if (warmup > 0) {
            progress.step("warm-up");
            NormaliseIngest.run(core, tenant, stream, new ConnectionId(UUID.randomUUID()), InsightsFile.ACCOUNT, warm);
            ScratchCopy.run(database, warmCsv, FactsCsv.COLUMNS);
        }
        out.printf("warm-up: %,d records, ingested and copied once untimed; then %d timed %s, alternating which goes first%n%n",
                Math.min(warmup, rows), rounds, rounds == 1 ? "round" : "rounds");
        out.printf("%-7s %-7s %15s %12s %13s %13s %7s%n", "round", "first", "ingest rows/s", "normalise", "store", "COPY rows/s", "ratio");
        List<Double> ratios = new ArrayList<>();
        long normalising = 0;
        long total = 0;
        for (int round = 1; round <= rounds; round++) {
            boolean ingestFirst = round % 2 == 1;
            NormaliseIngest.Timed ingested = null;
            ScratchCopy.Copied copied = null;
            for (int turn = 0; turn < 2; turn++) {
                if ((turn == 0) == ingestFirst) {
                    progress.step("round " + round + "/" + rounds + ": ingest");
                    ingested = NormaliseIngest.run(core, tenant, stream, new ConnectionId(UUID.randomUUID()), InsightsFile.ACCOUNT, messages);
                } else {
                    progress.step("round " + round + "/" + rounds + ": COPY");
                    copied = ScratchCopy.run(database, csv, FactsCsv.COLUMNS);
                }
            }
            if (ingested.stored() != facts || copied.rows() != facts) {
                throw new IllegalStateException("expected " + facts + " rows, the ingest stored " + ingested.stored()
                        + " and COPY " + copied.rows());
            }
            double ingestRate = facts * 1e9 / ingested.totalNanos();
            double copyRate = facts * 1e9 / copied.nanos();
            ratios.add(ingestRate / copyRate);
            normalising += ingested.normaliseNanos();
            total += ingested.totalNanos();
            progress.done();
            out.printf(Locale.ROOT, "%-7d %-7s %,15.0f %12s %13s %,13.0f %7s%n", round, ingestFirst ? "ingest" : "COPY", ingestRate,
                    seconds(ingested.normaliseNanos()), seconds(ingested.databaseNanos()), copyRate, BenchReport.percent(ingestRate / copyRate));
            out.flush();
        }
        double median = BenchReport.median(ratios);
        out.printf("%ningest (normalise + store) runs at %s of PostgreSQL COPY of the same rows (median of the rounds' ratios); "
                + "goal >= %s: %s%n", BenchReport.percent(median), BenchReport.percent(GOAL), median >= GOAL ? "met" : "NOT met");
        out.printf("the ingest's time in the timed rounds: reading and normalising %s, storing (chunks, commit) %s%n",
                BenchReport.percent(normalising / (double) total), BenchReport.percent((total - normalising) / (double) total));
        out.printf("rows %,d a round (from %,d records), every one stored%n", facts, input.records());
        out.flush();
        return 0;
    }

    private static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.2f s", nanos / 1e9);
    }

}
