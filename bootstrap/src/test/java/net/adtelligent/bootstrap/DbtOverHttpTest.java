package net.adtelligent.bootstrap;

import static net.adtelligent.bootstrap.StandaloneServiceTest.get;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import net.adtelligent.bootstrap.cli.Main;
import net.adtelligent.ports.in.system.AlertChecks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * dbt's target folder watched by the running service (ADT_DBT_TARGET_DIR), over its real HTTP
 * server: the files are written by the test as dbt writes them after `dbt build` and `dbt source
 * freshness` (the shapes dbt documents: run_results.json v6, sources.json v3, trimmed to the
 * fields a node and a source always carry), replaced run after run, and the operators' route,
 * the health component and the operators' alerts follow.
 */
class DbtOverHttpTest {

    /** Obviously not a real token: the test's own operator. */
    private static final String TOKEN = "dbt-operators-test-token-not-a-secret";

    @TempDir
    Path dataDir;

    @TempDir
    Path target;

    @Test
    void dbtRuns_givenRunAfterRun_areReportedToOperators() throws Exception {
        Settings settings = Settings.from(Map.of("ADT_DATA_DIR", dataDir.toString(), "ADT_HTTP_PORT", "0",
                "ADT_METRICS_TOKEN", TOKEN, "ADT_DBT_TARGET_DIR", target.toString(), "ADT_DBT_STALE_AFTER", "PT6H"));
        try (StandaloneService service = StandaloneService.start(settings)) {
            int port = service.httpPort();

            assertThat(dbt(port).body()).contains("\"status\":\"no_run\"", "\"configured\":true", "\"run\":null",
                    "\"stale_after\":\"PT6H\"", "\"status\":\"not_checked\"");

            writeRun(ago(Duration.ofHours(1)), "success", "pass");
            writeSources();
            HttpResponse<String> good = dbt(port);
            assertThat(good.statusCode()).isEqualTo(200);
            assertThat(good.body()).contains("\"status\":\"success\"", "\"command\":\"build\"", "\"nodes\":2",
                    "\"failed\":[]", "\"status\":\"checked\"", "1 of 2 sources did not pass",
                    "\"unique_id\":\"source.adtelligent.google_ads.campaign\",\"status\":\"error\"");

            writeRun(ago(Duration.ofMinutes(10)), "error", "skipped");
            assertThat(dbt(port).body()).contains("\"status\":\"failed\"",
                    "\"failed\":[{\"unique_id\":\"model.adtelligent.fct_ad_performance_daily\",\"status\":\"error\","
                            + "\"message\":\"Database Error in model fct_ad_performance_daily\"");


            writeRun(ago(Duration.ofHours(7)), "success", "pass");
            assertThat(dbt(port).body()).contains("\"status\":\"stale\"");

            write("run_results.json", "{\"metadata\": {");
            HttpResponse<String> unreadable = dbt(port);
            assertThat(unreadable.statusCode()).isEqualTo(200);
            assertThat(unreadable.body()).contains("\"status\":\"unknown\"", "run_results.json not JSON");

            HttpResponse<String> health = get(port, "/api/health/", TOKEN);
            assertThat(health.statusCode()).as("a bad dbt run does not take the service out").isEqualTo(200);
            assertThat(health.body()).contains("\"dbt\":{\"status\":\"up\",\"detail\":\"unknown: run_results.json not JSON");
            assertThat(get(port, "/api/health/", null).body()).contains("\"dbt\":{\"status\":\"up\"}");
            assertThat(get(port, "/api/health/dbt/", null).statusCode()).isEqualTo(401);
        }
    }

    /**
     * The alert checks as the scheduler runs them, on a core without the scheduler (a running
     * service checks on its own at start, which would race the counts).
     */
    @Test
    void alertChecks_givenRunAfterRun_raiseAndResolveTheOperatorsAlerts() throws Exception {
        Settings settings = Settings.from(Map.of("ADT_DATA_DIR", dataDir.toString(), "ADT_DBT_TARGET_DIR",
                target.toString(), "ADT_DBT_STALE_AFTER", "PT6H",
                // Every return of a condition after it cleared is a new episode, so a resolve can be seen.
                "ADT_ALERT_REOPEN_WITHIN", "PT0S"));
        Operations.withCore(settings, core -> {
            AlertChecks alerts = core.alertChecks();
            assertThat(alerts.checkDbt()).as("no run yet: stale").isEqualTo(1);
            assertThat(alerts.checkDbt()).as("still none: the same episode").isZero();
            writeRun(ago(Duration.ofHours(1)), "success", "pass");
            assertThat(alerts.checkDbt()).isZero();
            writeRun(ago(Duration.ofHours(7)), "success", "pass");
            assertThat(alerts.checkDbt()).as("stale again after a good run: a new episode").isEqualTo(1);

            writeRun(ago(Duration.ofMinutes(10)), "error", "skipped");
            assertThat(alerts.checkDbt()).as("failed: opened").isEqualTo(1);
            assertThat(alerts.checkDbt()).as("still failed: the same episode").isZero();
            writeRun(ago(Duration.ofMinutes(5)), "success", "pass");
            assertThat(alerts.checkDbt()).isZero();
            writeRun(ago(Duration.ofMinutes(1)), "error", "skipped");
            assertThat(alerts.checkDbt()).as("failed again after a good run: a new episode").isEqualTo(1);

            write("run_results.json", "not json");
            assertThat(alerts.checkDbt()).as("unreadable: stale, and failed resolved").isEqualTo(1);
            return null;
        });
    }

    @Test
    void dbtRoute_givenNoTargetFolder_saysNotConfiguredAndHealthHasNoDbtComponent() throws Exception {
        Settings settings = Settings.from(Map.of("ADT_DATA_DIR", dataDir.toString(), "ADT_HTTP_PORT", "0",
                "ADT_METRICS_TOKEN", TOKEN));
        try (StandaloneService service = StandaloneService.start(settings)) {
            assertThat(dbt(service.httpPort()).body()).contains("\"status\":\"not_configured\"", "\"configured\":false",
                    "\"run\":null", "\"freshness\":null");
            assertThat(get(service.httpPort(), "/api/health/", null).body()).doesNotContain("dbt");
            assertThat(service.core().alertChecks().checkDbt()).isZero();
        }
    }

    @Test
    void readinessDbt_givenAGoodRunThenMartsTheServiceCannotRead_passesThenFailsNamingWhat() {
        writeRun(ago(Duration.ofHours(1)), "success", "pass");
        writeSources();
        Map<String, String> watched = Map.of("ADT_DATA_DIR", dataDir.toString(), "ADT_DBT_TARGET_DIR", target.toString());
        StringWriter out = new StringWriter();

        int code = Main.run(watched, new PrintWriter(out, true), new PrintWriter(new StringWriter(), true),
                "readiness", "dbt");

        assertThat(code).as(out.toString()).isEqualTo(1);
        assertThat(out.toString()).containsPattern("configured +pass")
                .containsPattern("last run +pass .*succeeded")
                .containsPattern("freshness +FAIL .*source.adtelligent.google_ads.campaign \\(error\\)");

        Map<String, String> fromMarts = new java.util.HashMap<>(watched);
        fromMarts.put("ADT_FACTS_SOURCE", "dbt");
        fromMarts.put("ADT_DBT_SCHEMA", "analytics_marts");
        StringWriter marts = new StringWriter();
        Main.run(fromMarts, new PrintWriter(marts, true), new PrintWriter(new StringWriter(), true), "readiness", "dbt");
        assertThat(marts.toString()).containsPattern("marts +FAIL .*schema analytics_marts \\(SQL state 42P01\\)");

        StringWriter off = new StringWriter();
        assertThat(Main.run(Map.of("ADT_DATA_DIR", dataDir.toString()), new PrintWriter(off, true),
                new PrintWriter(new StringWriter(), true), "readiness", "dbt")).isEqualTo(1);
        assertThat(off.toString()).containsPattern("configured +FAIL +ADT_DBT_TARGET_DIR is not set");
    }

    private static HttpResponse<String> dbt(int port) throws Exception {
        return get(port, "/api/health/dbt/", TOKEN);
    }

    private static Instant ago(Duration duration) {
        return Instant.now().minus(duration).truncatedTo(ChronoUnit.MICROS);
    }

    private void writeRun(Instant generatedAt, String modelStatus, String testStatus) {
        String message = modelStatus.equals("success") ? "SELECT 1204" : "Database Error in model fct_ad_performance_daily";
        write("run_results.json.tmp", """
                {"metadata": {"dbt_schema_version": "https://schemas.getdbt.com/dbt/run-results/v6.json",
                  "dbt_version": "1.8.7", "generated_at": "%s", "invocation_id": "0b6c3c7e-2f0a-4c47-9a39-5d2e1f6a7b10",
                  "env": {}},
                 "results": [
                  {"status": "%s", "timing": [], "thread_id": "Thread-1 (worker)", "execution_time": 3.84,
                   "adapter_response": {}, "message": "%s", "failures": null,
                   "unique_id": "model.adtelligent.fct_ad_performance_daily", "compiled": true, "compiled_code": "",
                   "relation_name": null, "batch_results": null},
                  {"status": "%s", "timing": [], "thread_id": "Thread-2 (worker)", "execution_time": 0.08,
                   "adapter_response": {}, "message": null, "failures": 0,
                   "unique_id": "test.adtelligent.unique_fct_ad_performance_daily_grain.5f3c2a1b9d", "compiled": true,
                   "compiled_code": "", "relation_name": null, "batch_results": null}],
                 "elapsed_time": 14.21, "args": {"which": "build", "project_dir": "dbt"}}
                """.formatted(generatedAt, modelStatus, message, testStatus));
        try {
            // As dbt replaces it: whole, never half-written.
            Files.move(target.resolve("run_results.json.tmp"), target.resolve("run_results.json"),
                    StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    private void write(String name, String content) {
        try {
            Files.writeString(target.resolve(name), content);
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    private void writeSources() {
        write("sources.json", """
                {"metadata": {"dbt_schema_version": "https://schemas.getdbt.com/dbt/sources/v3.json",
                  "dbt_version": "1.8.7", "generated_at": "%1$s", "invocation_id": "7d1e5a44-93b8-4a40-8f0e-2c6e3b9a1d22",
                  "env": {}},
                 "results": [
                  {"unique_id": "source.adtelligent.meta_ads.ads_insights", "max_loaded_at": "%1$s",
                   "snapshotted_at": "%1$s", "max_loaded_at_time_ago_in_s": 0.0, "status": "pass",
                   "criteria": {"warn_after": {"count": 12, "period": "hour"}, "error_after": {"count": 24, "period": "hour"},
                                "filter": null},
                   "adapter_response": {}, "timing": [], "thread_id": "Thread-1 (worker)", "execution_time": 0.02},
                  {"unique_id": "source.adtelligent.google_ads.campaign", "max_loaded_at": "2026-01-01T00:00:00+00:00",
                   "snapshotted_at": "%1$s", "max_loaded_at_time_ago_in_s": 90000.0, "status": "error",
                   "criteria": {"warn_after": {"count": 12, "period": "hour"}, "error_after": {"count": 24, "period": "hour"},
                                "filter": null},
                   "adapter_response": {}, "timing": [], "thread_id": "Thread-2 (worker)", "execution_time": 0.02}],
                 "elapsed_time": 0.39}
                """.formatted(ago(Duration.ofMinutes(30))));
    }
}
