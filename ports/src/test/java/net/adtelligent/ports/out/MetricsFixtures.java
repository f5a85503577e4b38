package net.adtelligent.ports.out;

import static net.adtelligent.ports.out.FactFixtures.DAY;
import static net.adtelligent.ports.out.FactFixtures.EUR;
import static net.adtelligent.ports.out.FactFixtures.EXTRACTED;

import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import net.adtelligent.domain.fact.AdPerformanceDaily;
import net.adtelligent.domain.connection.ConnectionId;
import net.adtelligent.domain.fact.DateRange;
import net.adtelligent.domain.fact.Platform;
import net.adtelligent.domain.fact.SearchConsoleDaily;
import net.adtelligent.domain.fact.WebAnalyticsDaily;
import net.adtelligent.domain.metrics.AdTotals;
import net.adtelligent.domain.metrics.MetricsSnapshot;
import net.adtelligent.domain.metrics.PlatformDay;
import net.adtelligent.domain.metrics.SearchDaily;
import net.adtelligent.domain.metrics.SourceFreshness;
import net.adtelligent.domain.metrics.Unconverted;
import net.adtelligent.domain.metrics.WebDaily;
import net.adtelligent.domain.tenant.TenantId;

/**
 * Facts shaped for the warehouse contract and snapshots for the snapshot store's (shipped in the
 * test-jar). The snapshot carries every value a careless mapping would bend: amounts of several
 * scales (10.50, 1E+3), negative ones, nanoseconds, a zone with rules and one without, none
 * beside some.
 */
public final class MetricsFixtures {

    public static final Currency USD = Currency.getInstance("USD");

    private MetricsFixtures() {
    }

    /** FactFixtures' ad {@code variant} on another platform and in another currency. */
    public static AdPerformanceDaily ad(TenantId tenant, ConnectionId connection, LocalDate day, int variant,
                                        Platform platform, Option<Currency> currency) {
        AdPerformanceDaily row = FactFixtures.ad(tenant, connection, day, variant, EXTRACTED);
        return row.toBuilder().platform(platform).currencyCode(currency.getOrNull()).build();
    }

    /** The same row under another campaign name (none: the row did not say). */
    public static AdPerformanceDaily named(AdPerformanceDaily row, Option<String> campaignName) {
        return row.toBuilder().campaignName(campaignName.getOrNull()).build();
    }

    /** Another ad of the row's ad group, with this spend. */
    public static AdPerformanceDaily withSpend(AdPerformanceDaily row, String spend, String adId) {
        return row.toBuilder().adId(adId).spend(new BigDecimal(spend)).build();
    }

    public static AdTotals totals(AdPerformanceDaily row) {
        return new AdTotals(row.spend(), row.impressions(), row.clicks(), row.conversions(), row.conversionsValue());
    }

    /** FactFixtures' GA4 {@code variant} (even: traffic, odd: conversions) in another currency. */
    public static WebAnalyticsDaily web(TenantId tenant, ConnectionId connection, LocalDate day, int variant,
                                        Option<Currency> currency) {
        WebAnalyticsDaily row = FactFixtures.web(tenant, connection, day, variant, EXTRACTED);
        return new WebAnalyticsDaily(tenant, connection, day, row.propertyId(), row.source(), row.medium(),
                row.campaignName(), row.eventName(), row.sessions(), row.totalUsers(), row.conversions(),
                row.totalRevenue(), currency, EXTRACTED);
    }

    /** A Search Console row of a site's totals: no query, page, country or device. */
    public static SearchConsoleDaily siteTotal(TenantId tenant, ConnectionId connection, LocalDate day, String site,
                                               long clicks, long impressions, String position) {
        return new SearchConsoleDaily(tenant, connection, day, site, "web", Option.none(), Option.none(), Option.none(),
                Option.none(), clicks, impressions, new BigDecimal("0.05"), new BigDecimal(position), EXTRACTED);
    }

    /** A snapshot of tenant generated at {@code generatedAt}; {@code marker} varies its numbers and hash. */
    public static MetricsSnapshot snapshot(TenantId tenant, Instant generatedAt, int marker) {
        AdTotals meta = new AdTotals(new BigDecimal("10.50"), 1_000 + marker, 17, new BigDecimal("-1.25"),
                new BigDecimal("1E+3"));
        AdTotals google = new AdTotals(new BigDecimal(marker + ".000000001"), 9_000_000_000_000L, 0, BigDecimal.ZERO,
                new BigDecimal("0.00"));
        return new MetricsSnapshot(tenant, DateRange.of(DAY.minusDays(29), DAY), generatedAt, ZoneId.of("Europe/Berlin"),
                EUR, List.of(new PlatformDay(DAY.minusDays(1), Platform.META_ADS, meta),
                        new PlatformDay(DAY, Platform.GOOGLE_ADS, google)),
                meta.plus(google),
                List.of(new WebDaily(DAY, "google", "cpc", Option.of(EUR), 120, 80, new BigDecimal("3.5"),
                                new BigDecimal("-20.10")),
                        new WebDaily(DAY, WebDaily.NOT_SET, WebDaily.NOT_SET, Option.none(), 0, 0, BigDecimal.ZERO,
                                BigDecimal.ZERO)),
                List.of(new SearchDaily(DAY, "sc-domain:example.com", 15, 300, new BigDecimal("1425.00"))),
                new Unconverted(3, Map.of("unknown", new BigDecimal("7.10"), "USD", new BigDecimal("2")), 1,
                        Map.of("GBP", new BigDecimal("0.5"))),
                List.of(new SourceFreshness(ConnectionId.random(), Platform.META_ADS, Option.none(),
                                Option.of(Instant.parse("2026-11-07T03:15:30.123456789Z")), Option.of(DAY)),
                        new SourceFreshness(ConnectionId.random(), Platform.GA4, Option.of(EXTRACTED), Option.none(),
                                Option.none())),
                "hash-" + marker);
    }

    /** Nothing to show yet: no rows, nothing unconverted, no sources, in a zone that is a bare offset. */
    public static MetricsSnapshot emptySnapshot(TenantId tenant, Instant generatedAt) {
        return new MetricsSnapshot(tenant, DateRange.day(DAY), generatedAt, ZoneId.of("+05:30"), USD, List.of(),
                AdTotals.ZERO, List.of(), List.of(), Unconverted.NONE, List.of(), "empty");
    }
}
