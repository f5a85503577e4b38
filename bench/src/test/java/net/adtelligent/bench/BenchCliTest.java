package net.adtelligent.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import net.adtelligent.bench.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark's shape only: its figures belong in docs/benchmarks.md, from a real run, never from a test. */
class BenchCliTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.run(Map.of(), new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void normalize_givenSmallRun_printsBothRatesTheRatioTheGoalAndMemory(@TempDir Path dir) throws Exception {
        Path kept = dir.resolve("insights.jsonl");

        int exit = run("normalize", "--records", "2000", "--rounds", "1", "--warmup", "500", "--keep", kept.toString());

        assertThat(exit).as(err.toString()).isZero();
        assertThat(out.toString())
                .contains("plain Jackson records/s", "normalise records/s", "ratio", "median", "goal >= 50.0%")
                .contains("2,000 records", "2,000 distinct keys", "rows 2,000, rejected 0")
                .contains("live heap before finish()", "process peak RSS");
        assertThat(Files.readAllLines(kept)).hasSize(2000).allMatch(line -> line.startsWith("{\"type\":\"RECORD\""));
    }

    @Test
    void help_givenBenchAndNormalize_showExamples() {
        assertThat(run("--help")).isZero();
        assertThat(run("normalize", "--help")).isZero();

        assertThat(out.toString()).contains("Example:", "adtelligent-bench normalize --size 1GB",
                "Examples:", "adtelligent-bench normalize --records 500000", "--keys", "--keep");
    }

    @Test
    void normalize_givenStreamWithoutGenerator_saysWhichStreamHasOne() {
        assertThat(run("normalize", "--stream", "google_ads.campaign")).isEqualTo(2);

        assertThat(err.toString()).contains("no generator for google_ads.campaign", "meta_ads.ads_insights");
    }
}
