package net.adtelligent.adapters.http.metrics;

import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import net.adtelligent.adapters.http.TestApi;
import net.adtelligent.domain.fact.AdPerformanceDaily;
import net.adtelligent.domain.connection.ConnectionId;
import net.adtelligent.domain.fact.DailyFact;
import net.adtelligent.domain.fact.Platform;
import net.adtelligent.domain.fact.SearchConsoleDaily;
import net.adtelligent.domain.fact.WebAnalyticsDaily;
import net.adtelligent.domain.fx.FxRate;
import net.adtelligent.domain.tenant.Slug;
import net.adtelligent.domain.tenant.TenantId;
import net.adtelligent.ports.in.Actor;

/**
 * Seeds one tenant's facts through the core's own use cases, as a sync would: ad rows of two
 * connections, and GA4 and Search Console days. Extracted an hour before the test's now, so fresh.
 */
public final class MetricsFacts {

    public static final ConnectionId META = new ConnectionId(UUID.fromString("00000000-0000-0000-0000-00000000a001"));
    static final ConnectionId GOOGLE = new ConnectionId(UUID.fromString("00000000-0000-0000-0000-00000000a002"));
    static final ConnectionId GA4 = new ConnectionId(UUID.fromString("00000000-0000-0000-0000-00000000a003"));
    static final ConnectionId SEARCH = new ConnectionId(UUID.fromString("00000000-0000-0000-0000-00000000a004"));

    private final TestApi api;
    private final String slug;
    public final TenantId tenant;

    /** Registers the tenant (EUR, Europe/Berlin) as the api's user. */
    public MetricsFacts(TestApi api, String slug) {
        this.api = api;
        this.slug = slug;
        this.tenant = new TenantId(UUID.fromString(TestApi.json(api.register(slug)).path("id").asText()));
    }

    void ingest(List<? extends DailyFact<?>> facts) {
        api.core.ingestFacts().ingest(Actor.system("test"), new Slug(slug), facts).get();
    }

    AdPerformanceDaily ad(ConnectionId connection, Platform platform, String day, String campaign, String currency,
                          String spend, long impressions, long clicks, String conversions, String value) {
        return AdPerformanceDaily.builder().tenantId(tenant).connectionId(connection).platform(platform)
                .dateDay(LocalDate.parse(day)).accountId("acct-1").accountName("Account")
                .campaignId(campaign).campaignName("Campaign " + campaign).currencyCode(Currency.getInstance(currency))
                .spend(new BigDecimal(spend)).impressions(impressions).clicks(clicks)
                .conversions(new BigDecimal(conversions)).conversionsValue(new BigDecimal(value))
                .sourceExtractedAt(extracted()).build();
    }

    WebAnalyticsDaily web(String day, long sessions, long users, String conversions, String revenue) {
        return web(day, "google", "cpc", sessions, conversions, revenue, "EUR");
    }

    WebAnalyticsDaily web(String day, String source, String medium, long sessions, String conversions, String revenue,
                          String currency) {
        return new WebAnalyticsDaily(tenant, GA4, LocalDate.parse(day), "prop-1", Option.of(source), Option.of(medium),
                Option.none(), Option.none(), sessions, sessions, new BigDecimal(conversions), new BigDecimal(revenue),
                Option.of(Currency.getInstance(currency)), extracted());
    }

    SearchConsoleDaily search(String day, long clicks, long impressions, String position) {
        return new SearchConsoleDaily(tenant, SEARCH, LocalDate.parse(day), "https://example.com/", "web", Option.none(),
                Option.none(), Option.none(), Option.none(), clicks, impressions, new BigDecimal("0.05"),
                new BigDecimal(position), extracted());
    }

    /** USD priced in EUR from the given day on (the converter looks back a week for a rate). */
    void usdInEur(String day, String rate) {
        api.core.importFxRates().importRates(Actor.system("test"), List.of(new FxRate(LocalDate.parse(day),
                Currency.getInstance("USD"), Currency.getInstance("EUR"), new BigDecimal(rate), "ECB"))).get();
    }

    /**
     * Two connections in November 2026: Meta in EUR on the 2nd and 10th, Google Ads in USD on the
     * 3rd (20.00 USD is 18.00 EUR at 0.90). Spend in EUR: 10.00 + 18.00 + 5.00 = 33.00.
     */
    public void november() {
        usdInEur("2026-11-03", "0.90");
        ingest(List.of(
                ad(META, Platform.META_ADS, "2026-11-02", "m-1", "EUR", "10.00", 1000, 50, "5", "40.00"),
                ad(GOOGLE, Platform.GOOGLE_ADS, "2026-11-03", "g-1", "USD", "20.00", 2000, 40, "4", "100.00"),
                ad(META, Platform.META_ADS, "2026-11-10", "m-2", "EUR", "5.00", 500, 0, "0", "0")));
    }

    /**
     * GA4 and Search Console beside {@link #november()}'s ads: google / cpc on the 2nd (60
     * sessions, 3 conversions, 150.00 EUR), (direct) / (none) on the 3rd (40 sessions, 1
     * conversion, 40.00 USD = 36.00 EUR), 60 organic clicks of 1,200 impressions at position 4 on
     * the 3rd. Against 33.00 EUR spent, 90 ad clicks and 9 platform conversions: MER 186 / 33 =
     * 5.636364, cost per session 33 / 60 = 0.550000, paid share of clicks 90 / 150 = 0.600000,
     * GA4's paid conversions 3 of 9 = 0.333333.
     */
    public void webAndSearch() {
        ingest(List.of(web("2026-11-02", "google", "cpc", 60, "3", "150.00", "EUR"),
                web("2026-11-03", "(direct)", "(none)", 40, "1", "40.00", "USD")));
        ingest(List.of(search("2026-11-03", 60, 1_200, "4")));
    }

    private Instant extracted() {
        return api.clock.instant().minus(Duration.ofHours(1));
    }
}
