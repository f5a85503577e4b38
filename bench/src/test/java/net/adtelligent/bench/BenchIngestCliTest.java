package net.adtelligent.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import net.adtelligent.bench.cli.Main;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ingest benchmark's shape only: its figures belong in docs/benchmarks.md, from a real run,
 * never from a test. One small run (embedded PostgreSQL in a folder of its own) serves all checks;
 * it fails unless both sides stored every fact of the file.
 */
class BenchIngestCliTest {

    @TempDir
    static Path data;

    private static final StringWriter smallRun = new StringWriter();
    private static final StringWriter smallRunErrors = new StringWriter();
    private static int smallRunExit;

    private final StringWriter out = new StringWriter();

    @BeforeAll
    static void runSmallBenchmark() {
        smallRunExit = Main.run(Map.of("ADT_DATA_DIR", data.toString()), new PrintWriter(smallRun, true),
                new PrintWriter(smallRunErrors, true), "ingest", "--rows", "3000", "--rounds", "2", "--warmup", "500");
    }

    @Test
    void ingest_givenSmallRun_printsBothRatesTheRatioAndTheGoal() {
        assertThat(smallRunExit).as(smallRunErrors.toString()).isZero();
        assertThat(smallRun.toString())
                .contains("command: adtelligent-bench ingest --rows 3000 --rounds 2 --warmup 500")
                .contains("3,000 Airbyte records of meta_ads.ads_insights", "19 columns of ad_performance_daily")
                .contains("ingest rows/s", "normalise", "store", "COPY rows/s", "ratio")
                .containsPattern("ingest \\(normalise \\+ store\\) runs at [0-9.]+% of PostgreSQL COPY of the same rows "
                        + "\\(median of the rounds' ratios\\); goal >= 35.0%: (met|NOT met)")
                .contains("rows 3,000 a round (from 3,000 records), every one stored");
    }

    @Test
    void help_givenIngest_showsAnExampleAndBenchListsIt() {
        PrintWriter writer = new PrintWriter(out, true);

        assertThat(Main.run(Map.of(), writer, writer, "--help")).isZero();
        assertThat(Main.run(Map.of(), writer, writer, "ingest", "--help")).isZero();

        assertThat(out.toString()).contains("ingest", "Example, on a scratch data folder:",
                "adtelligent-bench ingest --rows 500000 --rounds 3", "--warmup", "goal: at least 35%");
    }
}
