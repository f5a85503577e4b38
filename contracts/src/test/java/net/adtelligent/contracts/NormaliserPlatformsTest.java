package net.adtelligent.contracts;

import static net.adtelligent.contracts.Fixtures.BY_VALUE;
import static net.adtelligent.contracts.Fixtures.CONNECTION;
import static net.adtelligent.contracts.Fixtures.T1;
import static net.adtelligent.contracts.Fixtures.T2;
import static net.adtelligent.contracts.Fixtures.TENANT;
import static net.adtelligent.contracts.Fixtures.ad;
import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import net.adtelligent.domain.fact.Platform;
import net.adtelligent.domain.fact.WebAnalyticsDaily;
import org.junit.jupiter.api.Test;

/** The remaining fixtures: Microsoft, TikTok, GA4 and the generic CSV contract. */
class NormaliserPlatformsTest {

    @Test
    void normalise_givenMicrosoftDeviceRows_sumsThemToTheDayAfterTheRestatement() {
        Batch.Result result = Fixtures.normalise("microsoft_ads.campaign_performance_report_daily", NormaliseContext.none());

        // Computer (10.25) + smartphone restated (5.00); the smartphone row has no conversions: zero.
        assertThat(result.facts()).usingRecursiveFieldByFieldElementComparator(BY_VALUE).containsExactly(
                ad(Platform.MICROSOFT_ADS, "2024-05-01", "180001", "Señor Café S.L.", "4401", "Búsqueda – Marca",
                        null, null, null, null, "EUR", "15.25", 450, 16, "1", "40", T2),
                ad(Platform.MICROSOFT_ADS, "2024-05-02", "180001", "Señor Café S.L.", "4401", "Búsqueda – Marca",
                        null, null, null, null, "EUR", "0", 20, 0, "0", "0", T1));
        assertThat(result.rejected()).hasSize(3);
    }

    @Test
    void normalise_givenTikTokWithTheConnectionsAccountAndCurrency_readsStringMetrics() {
        NormaliseContext context = NormaliseContext.none().own("account_id", "7012345678").own("currency_code", "USD");

        Batch.Result result = Fixtures.normalise("tiktok_ads.ads_reports_daily", context);

        assertThat(result.facts()).usingRecursiveFieldByFieldElementComparator(BY_VALUE).containsExactly(
                ad(Platform.TIKTOK_ADS, "2024-05-01", "7012345678", null, "1780000000001", "春のセール", "1785000000001",
                        "18–34 東京", "1790000000001", "動画 A", "USD", "22.10", 5400, 88, "4", "119.60", T2),
                ad(Platform.TIKTOK_ADS, "2024-05-02", "7012345678", null, "1780000000001", "春のセール", "1785000000001",
                        "18–34 東京", "1790000000001", "動画 A", "USD", "0", 0, 0, "0", "0", T1));
        assertThat(result.rejected()).hasSize(3);
    }

    @Test
    void normalise_givenTikTokWithoutAccount_rejectsEveryRowInsteadOfGuessing() {
        Batch.Result result = Fixtures.normalise("tiktok_ads.ads_reports_daily", NormaliseContext.none());

        assertThat(result.facts()).isEmpty();
        assertThat(result.rejected()).hasSize(6);
    }

    @Test
    void normalise_givenGa4Fixture_keepsUsersPerRowAndTheRestatedRow() {
        Batch.Result result = Fixtures.normalise("ga4.traffic_acquisition_session_source_medium_report",
                NormaliseContext.none().own("currency_code", "EUR"));

        assertThat(result.facts()).usingRecursiveFieldByFieldElementComparator(BY_VALUE).containsExactly(
                web("2024-05-01", "google", "organic", 425, 383, "12.5", "1250", T2),
                web("2024-05-01", "newsletter-ü", "email", 35, 33, "0", "0", T1),
                web("2024-05-02", "(direct)", "(none)", 0, 0, "0", "0", T1));
        assertThat(result.rejected()).hasSize(3);
    }

    @Test
    void normalise_givenCsvWithoutAccountOrCurrencyColumns_takesTheUploadsOwn() {
        Batch.Result result = Fixtures.normalise("csv.generic",
                NormaliseContext.none().own("account_id", "upload-1").own("currency_code", "GBP"));

        assertThat(result.facts()).usingRecursiveFieldByFieldElementComparator(BY_VALUE).containsExactly(
                ad(Platform.CSV, "2024-05-01", "ACC-7", "Ölmühle Nord", "C1", "Frühling", null, null, null, null,
                        "EUR", "100.10", 1000, 41, "2", "150", T2),
                ad(Platform.CSV, "2024-05-01", "upload-1", null, "7", "Radio ✦ Lokal", null, null, null, null,
                        "GBP", "250", 0, 0, "0", "0", T1),
                ad(Platform.CSV, "2024-05-02", "ACC-7", "Ölmühle Nord", "C1", "Frühling", null, null, null, null,
                        "EUR", "0", 0, 0, "0", "0", T1));
        assertThat(result.rows().get(1).get("impressions")).as("left out, so unknown in the row").isNull();
        assertThat(result.rejected()).hasSize(3);
    }

    private static WebAnalyticsDaily web(String day, String source, String medium, long sessions, long users,
                                         String conversions, String revenue, Instant at) {
        return new WebAnalyticsDaily(TENANT, CONNECTION, LocalDate.parse(day),
                "312345678", Option.of(source), Option.of(medium), Option.none(), Option.none(), sessions, users,
                new BigDecimal(conversions), new BigDecimal(revenue), Option.of(Currency.getInstance("EUR")), at);
    }
}
