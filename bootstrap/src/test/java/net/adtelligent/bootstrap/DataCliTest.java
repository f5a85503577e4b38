package net.adtelligent.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import net.adtelligent.bootstrap.cli.Main;
import net.adtelligent.domain.fact.DateRange;
import net.adtelligent.domain.fact.Platform;
import net.adtelligent.domain.fx.FxRate;
import net.adtelligent.domain.tenant.Slug;
import net.adtelligent.ports.in.Actor;
import net.adtelligent.ports.in.PageQuery;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** import-csv, fx import and contracts normalize --ingest against the embedded database, with the demo tenant. */
class DataCliTest {

    private static final Path FIXTURES = Path.of("..", "contracts", "src", "test", "resources", "fixtures");
    private static final LocalDate MAY_1 = LocalDate.of(2024, 5, 1);

    @TempDir
    static Path data;
    @TempDir
    Path files;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeAll
    static void demo() {
        Operations.withCore(settings(), core -> DemoData.ensure(core, Optional.of("another-long-passphrase-77")));
    }

    private static Settings settings() {
        return Settings.from(Map.of("ADT_DATA_DIR", data.toString()));
    }

    private int run(String... args) {
        return Main.run(Map.of("ADT_DATA_DIR", data.toString()), new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    private static BigDecimal spendOn(LocalDate day) {
        try (Database database = Database.openAndMigrate(settings())) {
            BigDecimal[] sum = {BigDecimal.ZERO};
            database.postgres().adPerformanceStore().read(database.postgres().tenantStore().bySlug(Slug.parse("slug", "demo").get()).get().id(),
                    DateRange.day(day), row -> sum[0] = sum[0].add(row.spend()));
            return sum[0];
        }
    }

    @Test
    void importCsv_givenTheSameFileTwice_storesItsSpendOnceAndSaysSo() throws Exception {
        Path csv = Files.writeString(files.resolve("spend.csv"),
                "Tag;Kampagne;Kosten\n01.06.2024;Sommer;1.234,50\n01.06.2024;Herbst;10,00\n");
        Path mapping = Files.writeString(files.resolve("mapping.json"), "{\"columns\": {\"date\": \"Tag\", "
                + "\"campaign_name\": \"Kampagne\", \"spend\": \"Kosten\"}, \"currency\": \"EUR\", \"date_order\": \"day_first\"}");

        int first = run("import-csv", "--tenant", "demo", csv.toString(), "--mapping", mapping.toString());
        int second = run("import-csv", "--tenant", "demo", csv.toString(), "--mapping", mapping.toString());

        assertThat(first).as(err.toString()).isZero();
        assertThat(second).as(err.toString()).isZero();
        assertThat(out.toString()).contains("2 rows, 2 valid", "committed upload", "nothing doubled");
        assertThat(spendOn(LocalDate.of(2024, 6, 1))).isEqualByComparingTo("1244.50");
    }

    @Test
    void importCsv_givenABrokenRow_listsItStoresNothingAndExitsOne() throws Exception {
        Path csv = Files.writeString(files.resolve("broken.csv"), "date,campaign,cost\n2024-07-01,A,5\n2024-07-02,B,abc\n");

        int code = run("import-csv", "--tenant", "demo", csv.toString(), "--mapping",
                Files.writeString(files.resolve("m.json"), "{\"currency\": \"EUR\"}").toString());

        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("line 3, cost:", "nothing stored");
        assertThat(spendOn(LocalDate.of(2024, 7, 1))).isEqualByComparingTo("0");
    }

    @Test
    void importCsv_givenANulCharacterPastTheFirstKilobytes_listsItsCellStoresNothingAndExitsOne() throws Exception {
        StringBuilder rows = new StringBuilder("date,campaign,cost\n");
        for (int day = 1; day <= 400; day++) {
            rows.append("2024-08-").append(String.format("%02d", 1 + day % 28)).append(",Padding campaign,1\n");
        }
        Path csv = Files.writeString(files.resolve("nul.csv"), rows.append("2024-08-30,Sum\0mer,5\n"));

        int code = run("import-csv", "--tenant", "demo", csv.toString(), "--mapping",
                Files.writeString(files.resolve("m.json"), "{\"currency\": \"EUR\"}").toString());

        assertThat(code).as(err.toString()).isEqualTo(1);
        assertThat(err.toString()).contains("line 402, campaign: holds a NUL character", "nothing stored");
        assertThat(spendOn(LocalDate.of(2024, 8, 2))).isEqualByComparingTo("0");
    }

    @Test
    void fxImport_givenAGoodAndABadFile_storesTheFirstAndNothingOfTheSecond() throws Exception {
        Path good = Files.writeString(files.resolve("rates.csv"), "date,base,quote,rate,source\n"
                + "2019-03-01,EUR,USD,1.1383,ECB\n2019-03-01,EUR,JPY,127.1,ECB\n");
        Path bad = Files.writeString(files.resolve("bad.csv"), "date,base,quote,rate,source\n"
                + "2019-03-04,EUR,USD,1.13,ECB\n2019-03-04,EUR,XYZ,-1,ECB\n");

        assertThat(run("fx", "import", good.toString())).as(err.toString()).isZero();
        assertThat(run("fx", "import", bad.toString())).isEqualTo(1);

        assertThat(out.toString()).contains("stored 2 rates of 2 currency pairs, 2019-03-01 to 2019-03-01");
        assertThat(err.toString()).contains("line 3", "nothing stored");
        try (Database database = Database.openAndMigrate(settings())) {
            assertThat(database.postgres().fxRateStore().between(DateRange.of(LocalDate.of(2019, 3, 1), LocalDate.of(2019, 3, 4))))
                    .extracting(FxRate::date).containsOnly(LocalDate.of(2019, 3, 1));
        }
    }

    /** The demo tenant's connection of the platform (serve --demo makes one per platform). */
    private static String demoConnection(Platform platform) {
        return Operations.withCore(settings(), core -> core.connections()
                .list(Actor.system("test"), new Slug("demo"), PageQuery.first(50)).get().items().stream()
                .filter(view -> view.platform() == platform).findFirst().orElseThrow().id().toString());
    }

    @Test
    void normalizeIngest_givenMetaRecords_storesTheValidRowsAndReportsTheRest() {
        int code = run("contracts", "normalize", "--stream", "meta_ads.ads_insights", "--ingest", "--tenant", "demo",
                "--connection", demoConnection(Platform.META_ADS), FIXTURES.resolve("meta_ads.ads_insights.jsonl").toString());

        assertThat(code).isEqualTo(1);
        assertThat(out.toString()).containsPattern("stored \\d+ ad_performance_daily rows of \\d+ records for tenant demo");
        assertThat(err.toString()).contains("records skipped");
        assertThat(spendOn(MAY_1)).isPositive();
    }

    @Test
    void normalizeIngest_givenAnUnknownOrOtherPlatformsConnection_refusesAndStoresNothing() {
        String fixture = FIXTURES.resolve("meta_ads.ads_insights.jsonl").toString();
        BigDecimal before = spendOn(MAY_1);

        assertThat(run("contracts", "normalize", "--stream", "meta_ads.ads_insights", "--ingest", "--tenant", "demo",
                "--connection", "3f0c9a4e-8d1b-4c47-9a51-2f8e6d0b7c11", fixture)).isEqualTo(2);
        assertThat(run("contracts", "normalize", "--stream", "meta_ads.ads_insights", "--ingest", "--tenant", "demo",
                "--connection", demoConnection(Platform.GA4), fixture)).isEqualTo(2);

        assertThat(err.toString()).contains("--connection 3f0c9a4e-8d1b-4c47-9a51-2f8e6d0b7c11 (create one with"
                + " `adtelligent connections create --tenant demo --platform META_ADS ...`",
                "no connection '3f0c9a4e-8d1b-4c47-9a51-2f8e6d0b7c11' in this tenant", "is a GA4 connection");
        assertThat(spendOn(MAY_1)).isEqualByComparingTo(before);
    }

    @Test
    void normalizeIngest_givenAnUnknownTenantOrNoConnection_failsWithOneLine() {
        String fixture = FIXTURES.resolve("meta_ads.ads_insights.jsonl").toString();

        assertThat(run("contracts", "normalize", "--stream", "meta_ads.ads_insights", "--ingest", "--tenant", "nope",
                "--connection", "3f0c9a4e-8d1b-4c47-9a51-2f8e6d0b7c11", fixture)).isEqualTo(2);
        assertThat(run("contracts", "normalize", "--stream", "meta_ads.ads_insights", "--ingest", "--tenant", "No_Such",
                "--connection", "3f0c9a4e-8d1b-4c47-9a51-2f8e6d0b7c11", fixture)).as("not even a slug").isEqualTo(2);
        assertThat(run("contracts", "normalize", "--stream", "meta_ads.ads_insights", "--ingest", "--tenant", "demo",
                fixture)).isEqualTo(2);

        assertThat(err.toString()).contains("--tenant: no tenant 'nope'", "--tenant: no tenant 'No_Such'",
                "--ingest needs --tenant SLUG and --connection UUID");
    }
}
