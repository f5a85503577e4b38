package net.adtelligent.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import net.adtelligent.bench.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The snapshot and HTTP benchmarks' shape only: their figures belong in docs/benchmarks.md, from a
 * real run, never from a test. No test runs wrk: the HTTP benchmark is checked through its help.
 */
class BenchSnapshotCliTest {

    @TempDir
    Path data;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void snapshot_givenSmallRun_printsBothTimingsTheRatioAndTheGoalsOfEachCase() {
        int exit = Main.run(Map.of("ADT_DATA_DIR", data.toString()), new PrintWriter(out, true), new PrintWriter(err, true),
                "snapshot", "--rows", "5000", "--rounds", "1");

        assertThat(exit).as(err.toString()).isZero();
        assertThat(out.toString())
                .contains("command: adtelligent-bench snapshot --rows 5000 --rounds 1", "embedded PostgreSQL in " + data)
                .contains("case spread over 365 days", "case all in the window", "5,000 of them in the snapshot's window")
                .contains("snapshot ms", "bare SQL ms", "ratio", "median")
                .containsPattern("spread over 365 days: snapshot generation [0-9]+ ms \\(median\\), [0-9.]+x the bare SQL "
                        + "aggregate \\(median of the rounds' ratios\\); goal <= 2x: (met|NOT met); goal < 3 s: (met|NOT met)")
                .containsPattern("all in the window: snapshot generation [0-9]+ ms \\(median\\), [0-9.]+x the bare SQL");
    }

    @Test
    void help_givenHttpAndSnapshot_showExamplesAndBenchListsThem() {
        PrintWriter writer = new PrintWriter(out, true);

        assertThat(Main.run(Map.of(), writer, writer, "--help")).isZero();
        assertThat(Main.run(Map.of(), writer, writer, "http", "--help")).isZero();
        assertThat(Main.run(Map.of(), writer, writer, "snapshot", "--help")).isZero();

        assertThat(out.toString()).contains("http", "snapshot", "--duration", "--connections", "apt-get install wrk",
                "adtelligent-bench http --duration 20s --connections 16",
                "ADT_DATA_DIR=/tmp/adt adtelligent-bench snapshot --rows 200000 --rounds 5");
    }
}
