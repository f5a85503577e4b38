package net.adtelligent.contracts;

import static net.adtelligent.contracts.Fixtures.BY_VALUE;
import static net.adtelligent.contracts.Fixtures.CONNECTION;
import static net.adtelligent.contracts.Fixtures.ad;
import static net.adtelligent.contracts.Fixtures.T1;
import static net.adtelligent.contracts.Fixtures.T2;
import static net.adtelligent.contracts.Fixtures.TENANT;
import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import net.adtelligent.domain.fact.AdPerformanceDaily;
import net.adtelligent.domain.fact.Platform;
import net.adtelligent.domain.fact.SearchConsoleDaily;
import org.junit.jupiter.api.Test;

class NormaliserTest {

    @Test
    void normalise_givenMetaFixture_sumsPurchasesAndLeadsAndKeepsTheRestatedRow() {
        Batch.Result result = Fixtures.normalise("meta_ads.ads_insights", NormaliseContext.none());

        assertThat(result.facts()).usingRecursiveFieldByFieldElementComparator(BY_VALUE).containsExactly(
                ad(Platform.META_ADS, "2024-05-01", "act_901", "Café Müller", "2380", "Sommer ☀ Kampagne", "2381", "Köln 25–45",
                        "2382", "Video – Eis", "EUR", "13.10", 1100, 27, "5", "79.98", T2),
                ad(Platform.META_ADS, "2024-05-02", "act_901", "Café Müller", "2380", "Sommer ☀ Kampagne", "2381", "Köln 25–45",
                        "2382", "Video – Eis", "EUR", "0", 0, 0, "0", "0", T1));
        assertThat(result.records()).isEqualTo(6);
        assertThat(result.rejected()).extracting(Batch.Rejected::line).containsExactly(5L, 6L, 7L);
    }

    @Test
    void normalise_givenGoogleHoursAndNetworksWithCustomerContext_sumsToTheDayInTheCustomersCurrency() {
        NormaliseContext context = NormaliseContext.none();
        ContextRecords customers = new ContextRecords(Fixtures.CONTRACTS, "GOOGLE_ADS", context);
        Fixtures.read("google_ads.customer").forEachRemaining(customers::add);

        Batch.Result result = Fixtures.normalise("google_ads.campaign", context);

        // Hour 9 restated (13.00) + hour 10 search (2.50) + hour 10 display (0.75).
        assertThat(result.facts()).usingRecursiveFieldByFieldElementComparator(BY_VALUE).containsExactly(
                ad(Platform.GOOGLE_ADS, "2024-05-01", "1234567890", "Bäckerei Schmidt GmbH", "111", "Brand – Zürich",
                        null, null, null, null, "CHF", "16.25", 560, 27, "2.0", "30", T2),
                ad(Platform.GOOGLE_ADS, "2024-05-02", "1234567890", "Bäckerei Schmidt GmbH", "111", "Brand – Zürich",
                        null, null, null, null, "CHF", "0", 0, 0, "0", "0", T1));
        assertThat(result.rejected()).hasSize(3);
    }

    @Test
    void normalise_givenGoogleWithoutContext_leavesCurrencyUnknown() {
        Batch.Result result = Fixtures.normalise("google_ads.campaign", NormaliseContext.none());

        assertThat(result.facts()).map(fact -> ((AdPerformanceDaily) fact).currencyCode()).containsOnly(Option.none());
    }

    @Test
    void normalise_givenGoogleMicros_givesUnitsWithCents() {
        Normaliser normaliser = new Normaliser(Fixtures.CONTRACTS.stream("google_ads.campaign").orElseThrow(),
                NormaliseContext.none().own("currency_code", "EUR"), TENANT, CONNECTION, T1);

        UnifiedRow row = normaliser.row(Fixtures.read("google_ads.campaign").next()).get();

        assertThat(row.get("spend")).hasToString("12.50");
        assertThat(row.get("currency_code")).isEqualTo("EUR");
    }

    @Test
    void normalise_givenLinkedInWithCampaignContext_takesTheIdFromTheUrnAndChainsLookups() {
        NormaliseContext context = NormaliseContext.none()
                .lookup("ad_group_id", "123", Map.of("account_id", "508", "campaign_id", "6001", "ad_group_name", "Entscheider DACH"))
                .lookup("campaign_id", "6001", Map.of("campaign_name", "Employer Branding 2024"))
                .lookup("account_id", "508", Map.of("account_name", "Ärzte ohne Grenzen e.V.", "currency_code", "EUR"));

        Batch.Result result = Fixtures.normalise("linkedin_ads.ad_campaign_analytics", context);

        assertThat(result.facts()).usingRecursiveFieldByFieldElementComparator(BY_VALUE).containsExactly(
                ad(Platform.LINKEDIN_ADS, "2024-05-01", "508", "Ärzte ohne Grenzen e.V.", "6001", "Employer Branding 2024",
                        "123", "Entscheider DACH", null, null, "EUR", "46.00", 2000, 33, "6", "120.5", T2),
                ad(Platform.LINKEDIN_ADS, "2024-05-02", "508", "Ärzte ohne Grenzen e.V.", "6001", "Employer Branding 2024",
                        "123", "Entscheider DACH", null, null, "EUR", "0", 0, 0, "0", "0", T1));
        assertThat(result.rejected()).hasSize(3);
    }

    @Test
    void normalise_givenLinkedInWithoutContext_reportsTheMissingAccountAndCampaign() {
        Batch.Result result = Fixtures.normalise("linkedin_ads.ad_campaign_analytics", NormaliseContext.none());

        assertThat(result.facts()).isEmpty();
        assertThat(result.rejected().get(0).violations()).extracting(Violation::message).containsExactly(
                "(context account_id) a value for account_id (ad_performance_daily), missing",
                "(context campaign_id) a value for campaign_id (ad_performance_daily), missing");
    }

    @Test
    void normalise_givenSearchConsoleFixture_keepsSearchTypesApartAndTheRestatedRow() {
        Batch.Result result = Fixtures.normalise("search_console.search_analytics_by_date", NormaliseContext.none());

        assertThat(result.facts()).usingRecursiveFieldByFieldElementComparator(BY_VALUE).containsExactly(
                sc("2024-05-01", "web", 125, 3400, "0.0368", "7.25", T2),
                sc("2024-05-02", "web", 0, 15, "0", "41.5", T1),
                sc("2024-05-01", "image", 3, 200, "0.015", "12.0", T1));
        // The row without a position is valid (the connector leaves position out of days without impressions)
        // and is replaced by the restated row of its key; the two broken ones are refused.
        assertThat(result.rejected()).extracting(Batch.Rejected::line).containsExactly(6L, 7L);
    }

    private static SearchConsoleDaily sc(String day, String type, long clicks, long impressions, String ctr, String position,
                                         java.time.Instant at) {
        return new SearchConsoleDaily(TENANT, CONNECTION, LocalDate.parse(day), "sc-domain:bäckerei.example", type,
                Option.none(), Option.none(), Option.none(), Option.none(), clicks, impressions, new BigDecimal(ctr),
                new BigDecimal(position), at);
    }

    @Test
    void normalise_givenTenantSetting_countsOnlyTheChosenActions() {
        NormaliseContext purchasesOnly = NormaliseContext.none()
                .setting("meta_ads.conversion_action_types", List.of("offsite_conversion.fb_pixel_purchase"));

        Batch.Result result = Fixtures.normalise("meta_ads.ads_insights", purchasesOnly);

        assertThat(((AdPerformanceDaily) result.facts().get(0)).conversions()).isEqualByComparingTo("2");
        assertThat(((AdPerformanceDaily) result.facts().get(0)).conversionsValue()).isEqualByComparingTo("59.98");
    }
}
