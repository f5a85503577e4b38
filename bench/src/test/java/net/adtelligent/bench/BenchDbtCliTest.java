package net.adtelligent.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import net.adtelligent.bench.cli.Main;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dbt benchmark's shape only, on real dbt (the pinned tool chain the dbt-parity tests install)
 * and the embedded server: its figures belong in docs/benchmarks.md, from a real run.
 */
class BenchDbtCliTest {

    private static final Path PROJECT = Path.of("..", "dbt");

    @TempDir
    Path data;

    /**
     * The pinned tool chain, installed as the dbt-parity tests install it when this module's tests
     * run first on a machine: the command itself never installs anything.
     */
    @BeforeAll
    static void installDbt() throws Exception {
        Path venv = DbtRun.venv(PROJECT);
        if (Files.isExecutable(venv.resolve("bin").resolve("dbt"))) {
            return;
        }
        run(List.of("python3", "-m", "venv", "--clear", venv.toString()));
        run(List.of(venv.resolve("bin").resolve("pip").toString(), "install", "--disable-pip-version-check", "-q", "-r",
                PROJECT.resolve("requirements.txt").toString()));
        Files.writeString(venv.resolve("installed"), "");
    }

    private static void run(List<String> command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.MINUTES)).as("%s within 30 minutes", command).isTrue();
        assertThat(process.exitValue()).as("%s (needs python3 with venv and pip):%n%s", command, output).isZero();
    }

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void dbt_givenSmallRun_printsBothTimesTheirRatioWhereTimeGoesAndEqualRowCounts() {
        int exit = Main.run(Map.of("ADT_DATA_DIR", data.toString()), new PrintWriter(out, true), new PrintWriter(err, true),
                "dbt", "--rows", "3000", "--dbt-project", PROJECT.toString());

        assertThat(exit).as(out + "\n" + err).isZero();
        assertThat(out.toString())
                .contains("command: adtelligent-bench dbt --rows 3000", "embedded PostgreSQL in " + data)
                .contains("input: 3,000 Airbyte records of meta_ads.ads_insights", "3,000 primary keys")
                .containsPattern("Airbyte's table adt_[0-9a-f]{32}\\.c[0-9a-f]{8}_ads_insights: 3,000 rows, loaded with COPY")
                .containsPattern("Java \\(normaliser \\+ ingest, one unit of work\\): [0-9.]+ s for 3,000 records -> 3,000 rows stored \\(0 rejected\\)")
                .containsPattern("reading and normalising +[0-9.]+ s +[0-9.]+%")
                .containsPattern("storing \\(ingest's chunks, commit\\) +[0-9.]+ s +[0-9.]+%")
                .containsPattern("model: stg_meta_ads__ads_insights \\(view\\) +1 nodes")
                .containsPattern("model: fct_ad_performance_daily \\(table\\) +1 nodes")
                .contains("hook: on-run-start (the Airbyte views)", "tests: of stg_meta_ads__ads_insights and fct_ad_performance_daily")
                .containsPattern("rows: Java 3,000 in public.ad_performance_daily, dbt 3,000 in bench_dbt_[0-9a-f]{8}"
                        + "\\.fct_ad_performance_daily: equal")
                .containsPattern("dbt build took [0-9.]+x the Java path's time \\([0-9.]+ s against [0-9.]+ s\\)");
    }

    @Test
    void dbt_givenNoDbtProjectThere_failsNamingIt() {
        int exit = Main.run(Map.of("ADT_DATA_DIR", data.toString()), new PrintWriter(out, true), new PrintWriter(err, true),
                "dbt", "--rows", "10", "--dbt-project", data.toString());

        assertThat(exit).isNotZero();
        assertThat(err.toString()).contains("no dbt project at " + data.toAbsolutePath(), "--dbt-project");
    }
}
