package net.adtelligent.bench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import net.adtelligent.bootstrap.ConfigurationException;
import net.adtelligent.bench.Footprint;
import net.adtelligent.bench.InsightsFile;
import net.adtelligent.bench.Workloads;
import net.adtelligent.contracts.Batch;
import net.adtelligent.contracts.Contracts;
import net.adtelligent.contracts.StreamContract;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "normalize",
        mixinStandardHelpOptions = true,
        description = {"Generates a JSON Lines file of Airbyte records for a stream, then times, in alternating rounds of "
                + "one run, plain Jackson parsing every line and the whole normalisation of the same file; prints both "
                + "rates and their ratio (goal: at least 50%%). Then normalises the file once more to read the memory it holds.",
            "The batch holds at most " + Batch.ROWS_IN_MEMORY + " rows in memory and spills sorted runs to the temporary "
                + "directory beyond that, so memory stays flat whatever --keys and the file size; the disk takes the rest."},
        footer = {"", "Examples:", "  adtelligent-bench normalize --records 500000 --rounds 5",
            "  adtelligent-bench normalize --size 1GB --keys distinct --keep /tmp/insights.jsonl"})
final class BenchNormalizeCommand implements Callable<Integer> {

    private static final String GENERATED = "meta_ads.ads_insights";
    private static final double GOAL = 0.5;

    @Spec
    CommandSpec spec;

    @Option(names = "--stream", defaultValue = GENERATED, paramLabel = "ID", description = "The stream (default: ${DEFAULT-VALUE}, the one with a generator).")
    String stream;

    @ArgGroup(exclusive = true)
    Amount amount = new Amount();

    // Either limit alone decides; with neither, a file big enough to time and small enough to wait for.
    static final class Amount {
        @Option(names = "--records", paramLabel = "N", description = "Records to generate (default: 300000).")
        Long records;

        @Option(names = "--size", paramLabel = "SIZE", converter = ByteSize.class, description = "Generate this much instead, e.g. 1GB (units of 1024).")
        Long bytes;

        long records() {
            return records != null ? records : bytes != null ? Long.MAX_VALUE : 300_000;
        }

        long bytes() {
            return bytes != null ? bytes : Long.MAX_VALUE;
        }
    }

    @Option(names = "--keys", defaultValue = "resync", paramLabel = "resync|distinct", description = "resync: a 90-day window "
            + "of 2,000 ads synced again and again, later each time (bounded keys); distinct: every record a new key, "
            + "as a long backfill (default: ${DEFAULT-VALUE}).")
    InsightsFile.Keys keys;

    @Option(names = "--rounds", defaultValue = "3", paramLabel = "R", description = "Timed rounds of each (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--warmup", defaultValue = "200000", paramLabel = "N", description = "Records each runs untimed first, for the JIT (default: ${DEFAULT-VALUE}).")
    long warmup;

    @Option(names = "--keep", paramLabel = "FILE", description = "Write the generated file here and keep it (default: a temporary file, deleted).")
    Path keep;

    @Override
    public Integer call() throws IOException {
        if (rounds < 1 || amount.records() < 1 || amount.bytes() < 1 || warmup < 0) {
            throw new ConfigurationException("--rounds, --records and --size must be positive, --warmup at least 0");
        }
        StreamContract contract = Contracts.load().stream(stream)
                .orElseThrow(() -> new ConfigurationException("unknown stream " + stream));
        if (!GENERATED.equals(contract.stream())) {
            throw new ConfigurationException("no generator for " + stream + "; normalize generates " + GENERATED);
        }
        Path file = keep != null ? keep : Files.createTempFile("adtelligent-bench-", ".jsonl");
        try {
            return run(contract, file);
        } catch (OutOfMemoryError e) {
            // Unwinding dropped the batch, so there is room again to say why in one line.
            throw new ConfigurationException("out of heap at " + BenchReport.bytes(Runtime.getRuntime().maxMemory())
                    + ": the batch holds up to " + Batch.ROWS_IN_MEMORY + " rows and a read buffer per spilled run;"
                    + " give the JVM more, e.g. ADT_JAVA_OPTS=-Xmx1g");
        } finally {
            progress("");
            if (keep == null) {
                Files.deleteIfExists(file);
            }
        }
    }

    private int run(StreamContract contract, Path file) throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        InsightsFile.Written input = InsightsFile.write(file, keys, amount.records(), amount.bytes(),
                bytes -> progress("generating " + BenchReport.bytes(bytes)));
        BenchReport report = new BenchReport(out, input.records());
        out.printf("command: adtelligent-bench %s%n", String.join(" ", spec.commandLine().getParseResult().originalArgs()));
        out.printf("input: %s, keys %s; %,d records, %s (%,d bytes a line), %,d distinct keys; %s%s%n",
                contract.stream(), keys, input.records(), BenchReport.bytes(input.bytes()), input.bytes() / input.records(),
                input.distinctKeys(), file, keep == null ? " (deleted afterwards)" : "");
        report.machine();
        out.printf("warm-up: %,d records of each; then %d timed rounds, alternating which goes first%n%n", warmup, rounds);
        if (warmup > 0) {
            progress("warming up");
            Workloads.parse(file, warmup);
            Workloads.normalise(file, Workloads.normaliser(contract), warmup);
        }
        timedRounds(contract, file, report);
        progress("memory: normalising once more");
        Footprint held = Footprint.of(file, Workloads.normaliser(contract));
        progress("");
        report.memory(held);
        return 0;
    }

    // Each round runs both halves back to back, and which goes first alternates, so drift in the machine's speed cancels out.
    private void timedRounds(StreamContract contract, Path file, BenchReport report) throws IOException {
        long[] counts = new long[2];
        for (int round = 1; round <= rounds; round++) {
            long[] nanos = new long[2];
            for (int turn = 0; turn < 2; turn++) {
                boolean parseTurn = (turn == 0) == (round % 2 == 1);
                progress("round " + round + "/" + rounds + ": " + (parseTurn ? "plain Jackson" : "normalise"));
                long start = System.nanoTime();
                if (parseTurn) {
                    Workloads.parse(file, Long.MAX_VALUE);
                } else {
                    Batch.Summary summary = Workloads.normalise(file, Workloads.normaliser(contract), Long.MAX_VALUE);
                    counts = new long[] {summary.rows(), summary.rejectedTotal()};
                }
                nanos[parseTurn ? 0 : 1] = System.nanoTime() - start;
            }
            report.round(nanos[0], nanos[1]);
        }
        progress("");
        report.summary(GOAL, counts[0], counts[1]);
    }

    // Only where someone watches: piped output stays as it is.
    private void progress(String text) {
        if (System.console() != null) {
            spec.commandLine().getErr().print("\r" + text + "\033[K");
            spec.commandLine().getErr().flush();
        }
    }
}
