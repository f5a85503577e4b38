package net.adtelligent.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import net.adtelligent.bootstrap.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContractsCliTest {

    // The contracts module's fixtures, written for its normaliser tests; the CLI must agree with them.
    private static final Path FIXTURES = Path.of("..", "contracts", "src", "test", "resources", "fixtures");

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.run(Map.of(), new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    private static String fixture(String stream) {
        return FIXTURES.resolve(stream + ".jsonl").toString();
    }

    @Test
    void list_givenShippedContracts_showsStreamVersionFactAndKey() {
        assertThat(run("contracts", "list")).isZero();

        assertThat(out.toString()).contains("STREAM", "meta_ads.ads_insights", "v1", "ad_performance_daily",
                "/date_start, /account_id, /ad_id", "search_console.search_analytics_by_date", "csv.generic");
    }

    @Test
    void validate_givenFixtureWithBrokenRecords_groupsViolationsByFieldAndExitsOne() {
        assertThat(run("contracts", "validate", "--stream", "meta_ads.ads_insights", fixture("meta_ads.ads_insights"))).isEqualTo(1);

        assertThat(out.toString()).contains("meta_ads.ads_insights: 6 records, 3 valid, 3 invalid")
                .containsPattern("/date_start\\s+2\\s+e\\.g\\. /date_start required, missing")
                .containsPattern("/spend\\s+1\\s+e\\.g\\. /spend expected number or numeric string, got \"abc\"");
    }

    @Test
    void validate_givenJsonFlag_printsAMachineReadableReport() throws Exception {
        run("contracts", "validate", "--json", "--stream", "google_ads.campaign", fixture("google_ads.campaign"));

        JsonNode report = new ObjectMapper().readTree(out.toString());
        assertThat(report.get("records").asInt()).isEqualTo(8);
        assertThat(report.get("invalid").asInt()).isEqualTo(3);
        assertThat(report.get("violations_by_field").findValuesAsText("field"))
                .containsExactly("/campaign.resource_name", "/metrics.clicks", "/segments.date");
        assertThat(report.get("first_invalid_records").get(0).get("line").asInt()).isEqualTo(6);
    }

    @Test
    void validate_givenValidFile_exitsZero(@TempDir Path dir) throws Exception {
        Path valid = dir.resolve("valid.jsonl");
        Files.writeString(valid, Files.readAllLines(Path.of(fixture("meta_ads.ads_insights"))).get(0) + "\n");

        assertThat(run("contracts", "validate", "--stream", "meta_ads.ads_insights", valid.toString())).isZero();
        assertThat(out.toString()).contains("1 records, 1 valid, 0 invalid");
    }

    @Test
    void normalize_givenGoogleWithCustomerContext_printsDailyCsvRowsAndSkipsBrokenOnes() {
        int exit = run("contracts", "normalize", "--stream", "google_ads.campaign",
                "--context", fixture("google_ads.customer"), fixture("google_ads.campaign"));

        assertThat(exit).isEqualTo(1);
        assertThat(out.toString().lines()).containsExactly(
                "tenant_id,connection_id,platform,date_day,account_id,account_name,campaign_id,campaign_name,ad_group_id,"
                        + "ad_group_name,ad_id,ad_name,currency_code,spend,impressions,clicks,conversions,conversions_value,"
                        + "source_extracted_at",
                "00000000-0000-0000-0000-000000000000,00000000-0000-0000-0000-000000000000,GOOGLE_ADS,2024-05-01,1234567890,"
                        + "Bäckerei Schmidt GmbH,111,Brand – Zürich,,,,,CHF,16.25,560,27,2.0,30,2024-05-03T01:33:20Z",
                "00000000-0000-0000-0000-000000000000,00000000-0000-0000-0000-000000000000,GOOGLE_ADS,2024-05-02,1234567890,"
                        + "Bäckerei Schmidt GmbH,111,Brand – Zürich,,,,,CHF,0.00,0,0,0,0,2024-05-01T21:46:40Z");
        assertThat(err.toString()).contains("3 of 8 records skipped; 2 rows printed", "/metrics.clicks");
    }

    @Test
    void normalize_givenJsonlAndNoCurrency_saysCurrencyIsUnknown() throws Exception {
        run("contracts", "normalize", "--stream", "google_ads.campaign", "--format", "jsonl", fixture("google_ads.campaign"));

        JsonNode first = new ObjectMapper().readTree(out.toString().lines().findFirst().orElseThrow());
        assertThat(first.get("currency_code").isNull()).isTrue();
        assertThat(first.get("spend").decimalValue()).isEqualByComparingTo("16.25");
        assertThat(first.get("date_day").asText()).isEqualTo("2024-05-01");
    }

    @Test
    void normalize_givenCurrencyOverride_putsItOnEveryRow() {
        assertThat(run("contracts", "normalize", "--stream", "tiktok_ads.ads_reports_daily", "--account", "7012345678",
                "--currency", "USD", fixture("tiktok_ads.ads_reports_daily"))).isEqualTo(1);

        assertThat(out.toString().lines().skip(1)).hasSize(2).allSatisfy(line -> assertThat(line).contains(",USD,"));
    }

    @Test
    void normalize_givenUnknownStreamOrBadCurrency_failsWithOneLine() {
        assertThat(run("contracts", "normalize", "--stream", "meta.ads", fixture("meta_ads.ads_insights"))).isEqualTo(2);
        assertThat(run("contracts", "normalize", "--stream", "tiktok_ads.ads_reports_daily", "--currency", "EURO",
                fixture("tiktok_ads.ads_reports_daily"))).isEqualTo(2);
        assertThat(run("contracts", "validate", "--stream", "meta_ads.ads_insights", "no-such.jsonl")).isEqualTo(2);

        assertThat(err.toString().lines()).containsExactly(
                "adtelligent: unknown stream meta.ads; known: " + String.join(", ", net.adtelligent.contracts.Contracts.load()
                        .all().stream().map(net.adtelligent.contracts.StreamContract::stream).toList()),
                "adtelligent: --currency EURO is not an ISO 4217 code such as EUR",
                "adtelligent: no such file: no-such.jsonl");
    }

    @Test
    void normalize_givenDashAndExtractionTime_readsStandardInputAndKeepsTheLaterRestatement() throws Exception {
        java.io.InputStream stdin = System.in;
        try (java.io.InputStream in = Files.newInputStream(Path.of(fixture("search_console.search_analytics_by_date")))) {
            System.setIn(in);
            assertThat(run("contracts", "normalize", "--stream", "search_console.search_analytics_by_date",
                    "--extracted-at", "2024-05-01T21:46:40Z", "-")).isEqualTo(1);
        } finally {
            System.setIn(stdin);
        }

        assertThat(out.toString().lines().skip(1).map(line -> line.substring(line.indexOf("SEARCH_CONSOLE"))))
                .containsExactly("SEARCH_CONSOLE,2024-05-01,sc-domain:bäckerei.example,web,,,,,125,3400,0.0368,7.25,2024-05-03T01:33:20Z",
                        "SEARCH_CONSOLE,2024-05-02,sc-domain:bäckerei.example,web,,,,,0,15,0,41.5,2024-05-01T21:46:40Z",
                        "SEARCH_CONSOLE,2024-05-01,sc-domain:bäckerei.example,image,,,,,3,200,0.015,12.0,2024-05-01T21:46:40Z");
    }

    @Test
    void help_givenContractsCommands_showsExamples() {
        assertThat(run("contracts", "normalize", "--help")).isZero();
        assertThat(run("contracts", "validate", "--help")).isZero();

        assertThat(out.toString()).contains("Example", "--context customer.jsonl", "--json --stream csv.generic - < upload.jsonl");
    }

    @Test
    void dbt_givenAnOutputDirectory_writesTheStagingFilesAndRemovesStaleOnes(@TempDir Path project) throws Exception {
        Path stale = Files.createDirectories(project.resolve("models/staging/generated")).resolve("stg_gone__stream.sql");
        Files.writeString(stale, "select 1");
        Path own = Files.writeString(project.resolve("models/staging/mine.sql"), "select 2");

        assertThat(run("contracts", "dbt", "--out", project.toString())).isZero();
        assertThat(run("contracts", "dbt", "--help")).isZero();

        assertThat(project.resolve("models/staging/generated/stg_meta_ads__ads_insights.sql")).content()
                .contains("{{ source('airbyte', 'meta_ads__ads_insights') }}", "offsite_conversion.fb_pixel_purchase");
        assertThat(project.resolve("macros/generated/adt_streams.sql")).exists();
        assertThat(stale).as("written before, wanted by no contract").doesNotExist();
        assertThat(own).as("the rest of the project is left alone").hasContent("select 2");
        assertThat(out.toString()).contains("wrote 16 files under", "adtelligent contracts dbt --out dbt");
    }
}
