package net.adtelligent.ports.out;

import static net.adtelligent.ports.out.FactFixtures.DAY;
import static net.adtelligent.ports.out.FactFixtures.EUR;
import static net.adtelligent.ports.out.FactFixtures.EXTRACTED;
import static net.adtelligent.ports.out.MetricsFixtures.USD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.stream.Stream;
import net.adtelligent.domain.fact.AdPerformanceDaily;
import net.adtelligent.domain.connection.ConnectionId;
import net.adtelligent.domain.fact.DateRange;
import net.adtelligent.domain.fact.Platform;
import net.adtelligent.domain.fact.SearchConsoleDaily;
import net.adtelligent.domain.fact.WebAnalyticsDaily;
import net.adtelligent.domain.metrics.AdAggregate;
import net.adtelligent.domain.metrics.AdTotals;
import net.adtelligent.domain.metrics.SearchDaily;
import net.adtelligent.domain.metrics.SourceFreshness;
import net.adtelligent.domain.metrics.WebDaily;
import net.adtelligent.domain.tenant.TenantId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every MetricsWarehouse must do: sum one tenant's facts of a range of days by the port's
 * groups and in its order, GA4 traffic rows and Search Console site totals only, and name each
 * connection's newest extraction and day. Records compare with equals, so a sum must also keep
 * the scale BigDecimal.add gives it (0.25 + 1.5 is 1.75, not 1.7500). Expected sums come from the
 * domain's own AdTotals.plus.
 */
public abstract class MetricsWarehouseContract {

    private static final LocalDate NEXT_DAY = DAY.plusDays(1);
    private static final DateRange TWO_DAYS = DateRange.of(DAY, NEXT_DAY);

    private FactStores facts;
    private TenantId tenant;
    private final ConnectionId meta = ConnectionId.random();

    /** Fact stores and the warehouse summing them (one database, or one set of in-memory stores). */
    protected abstract FactStores facts();

    /** Where the tenants the facts belong to are registered (the same database, for a real store). */
    protected abstract TenantStore tenantStore();

    @BeforeEach
    void setUpTenant() {
        facts = facts();
        tenant = IdentityFixtures.newTenant(tenantStore());
    }

    @Test
    void adPerformance_givenRowsOfDaysPlatformsAndCurrencies_sumsEachGroupInOrderUnknownCurrencyLast() {
        ConnectionId google = ConnectionId.random();
        AdPerformanceDaily euros = ad(meta, 1, DAY, Platform.META_ADS, Option.of(EUR));
        AdPerformanceDaily moreEuros = ad(meta, 2, DAY, Platform.META_ADS, Option.of(EUR));
        AdPerformanceDaily unknown = ad(meta, 3, DAY, Platform.META_ADS, Option.none());
        AdPerformanceDaily dollars = ad(meta, 4, DAY, Platform.META_ADS, Option.of(USD));
        AdPerformanceDaily googleEuros = ad(google, 5, DAY, Platform.GOOGLE_ADS, Option.of(EUR));
        AdPerformanceDaily nextDay = ad(meta, 6, NEXT_DAY, Platform.META_ADS, Option.of(EUR));
        facts.adPerformance().upsert(tenant, List.of(euros, moreEuros, unknown, dollars, googleEuros, nextDay,
                ad(meta, 7, DAY.minusDays(1), Platform.META_ADS, Option.of(EUR)),
                ad(meta, 8, NEXT_DAY.plusDays(1), Platform.META_ADS, Option.of(EUR))));

        assertThat(facts.warehouse().adPerformance(tenant, TWO_DAYS, false)).containsExactly(
                sum(Option.none(), googleEuros), sum(Option.none(), euros, moreEuros), sum(Option.none(), dollars),
                sum(Option.none(), unknown), sum(Option.none(), nextDay));
    }

    @Test
    void adPerformance_byCampaign_givenCampaigns_sumsEachInIdOrderWithItsName() {
        AdPerformanceDaily first = ad(meta, 1, DAY, Platform.META_ADS, Option.of(EUR));
        AdPerformanceDaily second = ad(meta, 2, DAY, Platform.META_ADS, Option.of(EUR));
        AdPerformanceDaily named = ad(meta, 12, DAY, Platform.META_ADS, Option.of(EUR));
        AdPerformanceDaily unnamed = MetricsFixtures.named(ad(meta, 13, DAY, Platform.META_ADS, Option.of(EUR)), Option.none());
        // Ids in text order: cmp-1 < cmp-10 < cmp-2.
        AdPerformanceDaily ten = ad(meta, 100, DAY, Platform.META_ADS, Option.of(EUR));
        AdPerformanceDaily two = ad(meta, 20, DAY, Platform.META_ADS, Option.of(EUR));
        facts.adPerformance().upsert(tenant, List.of(first, second, named, unnamed, ten, two));

        assertThat(facts.warehouse().adPerformance(tenant, DateRange.day(DAY), true)).containsExactly(
                sum(Option.of("Campaign 0"), first, second), sum(Option.of("Campaign 1"), named, unnamed),
                sum(Option.of("Campaign 10"), ten), sum(Option.of("Campaign 2"), two));
        assertThat(facts.warehouse().adPerformance(tenant, DateRange.day(DAY), false))
                .containsExactly(sum(Option.none(), first, second, named, unnamed, ten, two));
    }

    @Test
    void adPerformance_givenFractionalAmounts_sumsEveryDigitExactly() {
        AdPerformanceDaily row = ad(meta, 1, DAY, Platform.CSV, Option.of(EUR));
        AdPerformanceDaily tenth = MetricsFixtures.withSpend(row, "0.1", "a1");
        AdPerformanceDaily fifth = MetricsFixtures.withSpend(row, "0.2", "a2");
        AdPerformanceDaily large = MetricsFixtures.withSpend(row, "123456789012.123456789", "a3");
        facts.adPerformance().upsert(tenant, List.of(tenth, fifth, large));

        AdAggregate summed = facts.warehouse().adPerformance(tenant, DateRange.day(DAY), false).get(0);

        assertThat(summed.totals().spend()).isEqualTo(new BigDecimal("123456789012.423456789"));
        assertThat(summed).isEqualTo(sum(Option.none(), tenth, fifth, large));
    }

    /** A conversions-report row (an event name) repeats sessions the traffic rows of its day already count. */
    @Test
    void webAnalytics_givenTrafficAndConversionRows_sumsTrafficRowsPerDayAndCurrency() {
        List<WebAnalyticsDaily> rows = List.of(web(0, DAY, Option.of(EUR)), web(2, DAY, Option.of(EUR)),
                web(1, DAY, Option.of(EUR)), web(4, DAY, Option.none()), web(6, DAY, Option.of(USD)),
                web(8, NEXT_DAY, Option.of(EUR)), web(3, NEXT_DAY, Option.of(EUR)));
        facts.webAnalytics().upsert(tenant, rows);

        assertThat(facts.warehouse().webAnalytics(tenant, TWO_DAYS)).containsExactly(
                daily(rows.get(0), rows.get(1)), daily(rows.get(4)), daily(rows.get(3)), daily(rows.get(5)));
    }

    /** Sessions are kept by source and medium, so paid media can be told from the rest; a row without either is "(not set)". */
    @Test
    void webAnalytics_givenSeveralSourcesAndMedia_keepsEachApartInNameOrder() {
        WebAnalyticsDaily google = web(0, DAY, Option.of(EUR));
        WebAnalyticsDaily direct = new WebAnalyticsDaily(tenant, meta, DAY, google.propertyId(), Option.of("(direct)"),
                Option.of("(none)"), Option.none(), Option.none(), 40, 38, BigDecimal.ONE, new BigDecimal("9.99"),
                Option.of(EUR), EXTRACTED);
        WebAnalyticsDaily untagged = new WebAnalyticsDaily(tenant, meta, DAY, google.propertyId(), Option.none(),
                Option.none(), Option.none(), Option.none(), 3, 3, BigDecimal.ZERO, BigDecimal.ZERO, Option.of(EUR),
                EXTRACTED);
        facts.webAnalytics().upsert(tenant, List.of(google, direct, untagged));

        assertThat(facts.warehouse().webAnalytics(tenant, DateRange.day(DAY)))
                .extracting(day -> day.source() + " / " + day.medium(), WebDaily::sessions)
                .containsExactly(tuple("(direct) / (none)", 40L),
                        tuple("(not set) / (not set)", 3L),
                        tuple("google / cpc", 100L));
    }

    @Test
    void searchConsole_givenSiteTotalsBesideBrokenDownRows_sumsSiteTotalsPerSiteWithImpressionWeightedPosition() {
        ConnectionId search = ConnectionId.random();
        facts.searchConsole().upsert(tenant, List.of(
                MetricsFixtures.siteTotal(tenant, search, DAY, "sc-domain:example.com", 10, 200, "3.5"),
                MetricsFixtures.siteTotal(tenant, search, DAY, "https://shop.example.com/", 5, 100, "7.25"),
                FactFixtures.search(tenant, search, DAY, 1, EXTRACTED),
                new SearchConsoleDaily(tenant, search, DAY, "sc-domain:example.com", "web", Option.none(), Option.none(),
                        Option.none(), Option.of("MOBILE"), 9, 90, new BigDecimal("0.1"), BigDecimal.ONE, EXTRACTED),
                MetricsFixtures.siteTotal(tenant, search, NEXT_DAY, "sc-domain:example.com", 1, 4, "2")));

        List<SearchDaily> days = facts.warehouse().searchConsole(tenant, TWO_DAYS);

        assertThat(days).containsExactly(new SearchDaily(DAY, "https://shop.example.com/", 5, 100, new BigDecimal("725.00")),
                new SearchDaily(DAY, "sc-domain:example.com", 10, 200, new BigDecimal("700.0")),
                new SearchDaily(NEXT_DAY, "sc-domain:example.com", 1, 4, new BigDecimal("8")));
        assertThat(days.get(0).totals().plus(days.get(1).totals()).averagePosition()).contains(new BigDecimal("4.750000"));
    }

    @Test
    void freshness_givenFactsOfEachKind_namesEachConnectionWithItsNewestExtractionAndDay() {
        ConnectionId google = ConnectionId.random();
        ConnectionId ga4 = ConnectionId.random();
        ConnectionId search = ConnectionId.random();
        // The newest extraction restated an older day: the two maxima are of different rows.
        facts.adPerformance().upsert(tenant, List.of(
                FactFixtures.ad(tenant, meta, DAY, 1, EXTRACTED.plusSeconds(3_600)),
                FactFixtures.ad(tenant, meta, NEXT_DAY, 1, EXTRACTED),
                ad(google, 2, DAY, Platform.GOOGLE_ADS, Option.of(EUR))));
        facts.webAnalytics().upsert(tenant, List.of(FactFixtures.web(tenant, ga4, DAY, 1, EXTRACTED)));
        facts.searchConsole().upsert(tenant, List.of(FactFixtures.search(tenant, search, NEXT_DAY, 1, EXTRACTED)));

        assertThat(facts.warehouse().freshness(tenant)).containsExactlyElementsOf(Stream.of(
                        fresh(meta, Platform.META_ADS, EXTRACTED.plusSeconds(3_600), NEXT_DAY),
                        fresh(google, Platform.GOOGLE_ADS, EXTRACTED, DAY), fresh(ga4, Platform.GA4, EXTRACTED, DAY),
                        fresh(search, Platform.SEARCH_CONSOLE, EXTRACTED, NEXT_DAY))
                .sorted(Comparator.comparing(SourceFreshness::platform).thenComparing(s -> s.connection().value()))
                .toList());
    }

    @Test
    void everyQuery_givenFactsOfAnotherTenant_countsOnlyTheTenantsOwn() {
        TenantId other = IdentityFixtures.newTenant(tenantStore());
        ConnectionId theirs = ConnectionId.random();
        facts.adPerformance().upsert(other, List.of(MetricsFixtures.ad(other, theirs, DAY, 1, Platform.META_ADS,
                Option.of(EUR))));
        facts.webAnalytics().upsert(other, List.of(FactFixtures.web(other, theirs, DAY, 0, EXTRACTED)));
        facts.searchConsole().upsert(other, List.of(MetricsFixtures.siteTotal(other, theirs, DAY, "sc-domain:x.com", 1,
                1, "1")));
        AdPerformanceDaily own = ad(meta, 1, DAY, Platform.META_ADS, Option.of(EUR));
        facts.adPerformance().upsert(tenant, List.of(own));

        assertThat(facts.warehouse().adPerformance(tenant, DateRange.day(DAY), false)).containsExactly(sum(Option.none(), own));
        assertThat(facts.warehouse().webAnalytics(tenant, DateRange.day(DAY))).isEmpty();
        assertThat(facts.warehouse().searchConsole(tenant, DateRange.day(DAY))).isEmpty();
        assertThat(facts.warehouse().freshness(tenant)).containsExactly(fresh(meta, Platform.META_ADS, EXTRACTED, DAY));
    }

    @Test
    void everyQuery_givenNoFactsInTheRange_answersEmpty() {
        DateRange later = DateRange.of(DAY.plusDays(10), DAY.plusDays(20));
        facts.adPerformance().upsert(tenant, List.of(ad(meta, 1, DAY, Platform.META_ADS, Option.of(EUR))));
        facts.webAnalytics().upsert(tenant, List.of(web(0, DAY, Option.of(EUR))));

        assertThat(facts.warehouse().adPerformance(tenant, later, true)).isEmpty();
        assertThat(facts.warehouse().webAnalytics(tenant, later)).isEmpty();
        assertThat(facts.warehouse().searchConsole(tenant, later)).isEmpty();
        assertThat(facts.warehouse().freshness(IdentityFixtures.newTenant(tenantStore()))).isEmpty();
    }

    private AdPerformanceDaily ad(ConnectionId via, int variant, LocalDate day, Platform platform, Option<Currency> currency) {
        return MetricsFixtures.ad(tenant, via, day, variant, platform, currency);
    }

    private WebAnalyticsDaily web(int variant, LocalDate day, Option<Currency> currency) {
        return MetricsFixtures.web(tenant, meta, day, variant, currency);
    }

    private static AdAggregate sum(Option<String> campaignName, AdPerformanceDaily... rows) {
        AdPerformanceDaily first = rows[0];
        AdTotals totals = Stream.of(rows).map(MetricsFixtures::totals).reduce(AdTotals.ZERO, AdTotals::plus);
        return new AdAggregate(first.dateDay(), first.platform(), campaignName.map(name -> first.campaignId()),
                campaignName, first.currencyCode(), totals, rows.length);
    }

    private static WebDaily daily(WebAnalyticsDaily... rows) {
        return Stream.of(rows).map(row -> new WebDaily(row.dateDay(), row.source().get(), row.medium().get(),
                row.currencyCode(), row.sessions(), row.totalUsers(), row.conversions(), row.totalRevenue()))
                .reduce(WebDaily::plus).orElseThrow();
    }

    private static SourceFreshness fresh(ConnectionId connection, Platform platform, Instant newest, LocalDate day) {
        return new SourceFreshness(connection, platform, Option.none(), Option.of(newest), Option.of(day));
    }
}
