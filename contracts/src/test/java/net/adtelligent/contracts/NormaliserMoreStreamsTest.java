package net.adtelligent.contracts;

import static net.adtelligent.contracts.Fixtures.BY_VALUE;
import static net.adtelligent.contracts.Fixtures.CONTRACTS;
import static net.adtelligent.contracts.Fixtures.T1;
import static net.adtelligent.contracts.Fixtures.T2;
import static net.adtelligent.contracts.Fixtures.ad;
import static net.adtelligent.contracts.Fixtures.event;
import static net.adtelligent.contracts.Fixtures.query;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import net.adtelligent.domain.fact.AdPerformanceDaily;
import net.adtelligent.domain.fact.Platform;
import org.junit.jupiter.api.Test;

/** The ad-level streams of Google and Microsoft, GA4's conversions and Search Console's queries. */
class NormaliserMoreStreamsTest {

    // Surefire runs in the module directory.
    private static final Path FIXTURES = Path.of("src", "test", "resources", "fixtures");

    @Test
    void add_givenGoogleAdGroupAdFixture_knowsEachValidAdByIdWithItsLatestName() {
        NormaliseContext context = NormaliseContext.none();

        List<List<String>> refusals = Fixtures.feed(context, "google_ads.ad_group_ad");

        assertThat(refusals).containsExactly(List.of(), List.of(), List.of(), List.of(),
                List.of("/ad_group_ad.resource_name required, missing"),
                List.of("/ad_group_ad.ad.id expected integer or numeric string, got \"neun\""),
                List.of("/segments.date expected a day written yyyy-MM-dd, got \"2024-02-30\""));
        assertThat(context.find("ad_id", "9001", "ad_name")).contains("Anzeige – Brötchen & Kaffee ☕");
        assertThat(context.find("ad_id", "9002", "ad_group_id")).contains("5001");
        assertThat(context.find("ad_id", "9002", "account_id")).contains("1234567890");
        assertThat(context.find("ad_id", "9004", "ad_name")).as("sent without a name, so unknown").isEmpty();
        assertThat(context.find("ad_id", "9003", "ad_group_id")).as("only broken records name it").isEmpty();
    }

    @Test
    void normalise_givenGoogleAdRowsPerNetworkAndDevice_sumsEachAdToTheDayAfterTheRestatement() {
        NormaliseContext context = NormaliseContext.none();
        Fixtures.feed(context, "google_ads.customer");
        Fixtures.feed(context, "google_ads.ad_group_ad");

        Batch.Result result = Fixtures.normalise("google_ads.ad_performance", context);

        // Ad 9001 on May 1: search on mobile restated (4.50) + search on desktop (1.80) + partners on mobile (0.35).
        // Ad 9002's row has no name; the contract reads names from the report only, not from ad_group_ad.
        assertThat(result.facts()).usingRecursiveFieldByFieldElementComparator(BY_VALUE).containsExactly(
                google("2024-05-01", "9001", "Anzeige – Brötchen & Kaffee ☕", "6.65", 470, 18, "2.5", "51", T2),
                google("2024-05-01", "9002", null, "1.00", 80, 2, "0", "0", T1),
                google("2024-05-02", "9001", "Anzeige – Brötchen & Kaffee ☕", "0", 0, 0, "0", "0", T1));
        assertThat(result.rejected()).extracting(Batch.Rejected::line).containsExactly(7L, 8L, 9L);
        assertThat(Fixtures.normalise("google_ads.ad_performance", NormaliseContext.none()).facts())
                .as("currency and names are on every row: no context needed").isEqualTo(result.facts());
    }

    @Test
    void normalise_givenMicrosoftAdRowsPerDeliverySegment_sumsEachAdToTheDayAndRefusesNegativeSpend() {
        Batch.Result result = Fixtures.normalise("microsoft_ads.ad_performance_report_daily", NormaliseContext.none());

        // Computer restated (6.90) + smartphone (2.10, no conversions: zero) + tablet (0.55); the report has no ad names.
        assertThat(result.facts()).usingRecursiveFieldByFieldElementComparator(BY_VALUE).containsExactly(
                ad(Platform.MICROSOFT_ADS, "2024-05-01", "180001", "Señor Café S.L.", "4401", "Búsqueda – Marca", "7701",
                        "Café – Genérico", "880001", null, "EUR", "9.55", 315, 13, "2", "50", T2),
                ad(Platform.MICROSOFT_ADS, "2024-05-02", "180001", "Señor Café S.L.", "4401", "Búsqueda – Marca", "7701",
                        "Café – Genérico", "880001", null, "EUR", "0", 12, 0, "0", "0", T1));
        // Lines 6 to 8 break the contract; ad 880002's day passes it but the domain refuses its spend of -1.20.
        assertThat(result.rejected()).extracting(Batch.Rejected::line).containsExactly(6L, 7L, 8L, 0L);
        assertThat(result.rejected().get(3).violations()).singleElement().asString().contains("spend must not be negative");
    }

    @Test
    void normalise_givenGa4ConversionsFixture_keepsOneRowPerEventAndUsersUnknownWhereNotSent() {
        Batch.Result result = Fixtures.normalise("ga4.conversions_report", NormaliseContext.none().own("currency_code", "EUR"));

        assertThat(result.facts()).usingRecursiveFieldByFieldElementComparator(BY_VALUE).containsExactly(
                event("2024-05-01", "purchase", 13, "15", "1299.5", T2),
                event("2024-05-01", "generate_lead", 3, "3.5", "0", T1),
                event("2024-05-01", "anmeldung_bestätigt", 0, "2", "0", T1),
                event("2024-05-02", "purchase", 0, "0", "0", T1));
        assertThat(result.rows().get(2).get("total_users")).as("sent as null").isNull();
        assertThat(result.rows()).allSatisfy(row -> assertThat(row.get("sessions")).as("not in this report").isNull());
        assertThat(result.rejected()).extracting(Batch.Rejected::line).containsExactly(6L, 7L, 8L);
    }

    @Test
    void normalise_givenSearchConsoleQueriesFixture_keepsQueriesAndSearchTypesApartAndRefusesPercentages() {
        Batch.Result result = Fixtures.normalise("search_console.search_analytics_by_query", NormaliseContext.none());

        assertThat(result.facts()).usingRecursiveFieldByFieldElementComparator(BY_VALUE).containsExactly(
                query("2024-05-01", "web", "bäckerei zürich", 42, 910, "0.0462", "3.1", T2),
                query("2024-05-01", "web", "laugenbrezel rezept", 7, 350, "0.02", "8.4", T1),
                query("2024-05-01", "image", "パン屋 チューリッヒ", 2, 150, "0.0133", "14.0", T1),
                query("2024-05-02", "web", "laugenbrezel rezept", 0, 20, "0", "22.5", T1));
        // Lines 6 to 8 break the contract; a ctr of 4.42 is a percentage, which the domain refuses.
        assertThat(result.rejected()).extracting(Batch.Rejected::line).containsExactly(6L, 7L, 8L, 0L);
        assertThat(result.rejected().get(3).violations()).singleElement().asString().contains("ctr is a ratio");
    }

    @Test
    void fixtures_givenShippedContracts_coverEveryStreamAndNoOther() throws IOException {
        List<String> streams = CONTRACTS.all().stream().map(StreamContract::stream).toList();

        try (Stream<Path> files = Files.list(FIXTURES)) {
            assertThat(files.map(file -> file.getFileName().toString().replaceFirst("\\.jsonl$", "")))
                    .containsExactlyInAnyOrderElementsOf(streams);
        }
    }

    private static AdPerformanceDaily google(String day, String adId, String adName,
            String spend, long impressions, long clicks, String conversions, String value, Instant at) {
        return ad(Platform.GOOGLE_ADS, day, "1234567890", "Bäckerei Schmidt GmbH", "111", "Brand – Zürich", "5001",
                "Frühstück – Brötchen", adId, adName, "CHF", spend, impressions, clicks, conversions, value, at);
    }
}
