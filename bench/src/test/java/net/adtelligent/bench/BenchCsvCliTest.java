package net.adtelligent.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import net.adtelligent.bench.cli.Main;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The csv-import benchmark's shape only: its figures belong in docs/benchmarks.md, from a real
 * run, never from a test. One small run (embedded PostgreSQL in a folder of its own) serves all checks.
 */
class BenchCsvCliTest {

    @TempDir
    static Path data;

    private static final StringWriter smallRun = new StringWriter();
    private static final StringWriter smallRunErrors = new StringWriter();
    private static int smallRunExit;

    private final StringWriter out = new StringWriter();

    @BeforeAll
    static void runSmallBenchmark() {
        smallRunExit = Main.run(Map.of("ADT_DATA_DIR", data.toString()), new PrintWriter(smallRun, true),
                new PrintWriter(smallRunErrors, true), "csv-import", "--rows", "2000", "--rounds", "1");
    }

    @Test
    void csvImport_givenSmallRun_printsTheImportRateWholeAndPerStepAndTheReplaceRound() {
        assertThat(smallRunExit).as(smallRunErrors.toString()).isZero();
        assertThat(smallRun.toString())
                .contains("command: adtelligent-bench csv-import --rows 2000 --rounds 1")
                .contains("2,000 rows", "every row a key of its own", "embedded PostgreSQL in " + data)
                .contains("import rows/s", "upload rows/s", "check rows/s", "commit rows/s", "median", "replace")
                .contains("the import's time in the timed rounds: upload ", "rows 2,000 a round, every one valid and stored");
    }

    @Test
    void csvImport_givenSmallRun_printsTheCopyRateTheRatioAndTheGoal() {
        assertThat(smallRunExit).as(smallRunErrors.toString()).isZero();
        assertThat(smallRun.toString())
                .contains("COPY: COPY FROM STDIN", "COPY rows/s", "ratio")
                .containsPattern("CSV import runs at [0-9.]+% of PostgreSQL COPY \\(median of the rounds' ratios\\); "
                        + "goal >= 35.0%: (met|NOT met)");
    }

    @Test
    void help_givenCsvImport_showsAnExampleAndBenchListsIt() {
        PrintWriter writer = new PrintWriter(out, true);

        assertThat(Main.run(Map.of(), writer, writer, "--help")).isZero();
        assertThat(Main.run(Map.of(), writer, writer, "csv-import", "--help")).isZero();

        assertThat(out.toString()).contains("csv-import", "Example, on a scratch data folder:",
                "adtelligent-bench csv-import --rows 500000 --rounds 3", "--warmup", "goal: at least 35%");
    }
}
