package net.adtelligent.ports.out;

import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import net.adtelligent.domain.fact.AdPerformanceDaily;
import net.adtelligent.domain.connection.ConnectionId;
import net.adtelligent.domain.fact.Platform;
import net.adtelligent.domain.fact.SearchConsoleDaily;
import net.adtelligent.domain.fact.WebAnalyticsDaily;
import net.adtelligent.domain.tenant.TenantId;

/**
 * Valid unified facts for the store contracts and the adapters' tests (shipped in the test-jar).
 * {@code variant} picks a distinct key within one day (another ad, traffic source or query);
 * the measures vary with it too, so a row read back is the row written, not a neighbour.
 */
public final class FactFixtures {

    /** Microsecond precision, as PostgreSQL stores it, so a round trip compares equal. */
    public static final Instant EXTRACTED = Instant.parse("2026-11-07T03:15:30.123456Z");
    public static final LocalDate DAY = LocalDate.of(2026, 11, 6);
    public static final Currency EUR = Currency.getInstance("EUR");

    private FactFixtures() {
    }

    public static AdPerformanceDaily ad(TenantId tenant, ConnectionId connection, LocalDate day, int variant,
                                        Instant extractedAt) {
        return AdPerformanceDaily.builder().tenantId(tenant).connectionId(connection).platform(Platform.META_ADS)
                .dateDay(day).accountId("act-1001").accountName("Acme EU")
                .campaignId("cmp-" + variant / 10).campaignName("Campaign " + variant / 10)
                .adGroupId("ag-" + variant / 5).adGroupName("Ad set " + variant / 5)
                .adId("ad-" + variant).adName("Ad " + variant).currencyCode(EUR)
                .spend(new BigDecimal(variant + ".25")).impressions(1000L + variant).clicks(10L + variant)
                .conversions(new BigDecimal(variant + ".5")).conversionsValue(new BigDecimal(variant * 10 + ".99"))
                .sourceExtractedAt(extractedAt).build();
    }

    /** The same key, extracted again at {@code extractedAt} with other measures (a restatement). */
    public static AdPerformanceDaily restated(AdPerformanceDaily row, Instant extractedAt) {
        return row.toBuilder().spend(row.spend().add(BigDecimal.TEN)).impressions(row.impressions() + 100)
                .clicks(row.clicks() + 7).conversions(row.conversions().add(BigDecimal.ONE))
                .conversionsValue(row.conversionsValue().add(BigDecimal.TEN)).sourceExtractedAt(extractedAt).build();
    }

    /** Even variants are traffic-report rows (source, medium, campaign), odd ones conversions-report rows (event). */
    public static WebAnalyticsDaily web(TenantId tenant, ConnectionId connection, LocalDate day, int variant,
                                        Instant extractedAt) {
        boolean traffic = variant % 2 == 0;
        return new WebAnalyticsDaily(tenant, connection, day, "properties/123456",
                traffic ? Option.of("google") : Option.none(), traffic ? Option.of("cpc") : Option.none(),
                traffic ? Option.of("campaign-" + variant) : Option.none(),
                traffic ? Option.none() : Option.of("purchase-" + variant), traffic ? 100L + variant : 0L,
                traffic ? 80L + variant : 0L, new BigDecimal(variant + ".5"), new BigDecimal(variant * 100 + ".10"),
                Option.of(EUR), extractedAt);
    }

    public static WebAnalyticsDaily restated(WebAnalyticsDaily row, Instant extractedAt) {
        return new WebAnalyticsDaily(row.tenantId(), row.connectionId(), row.dateDay(), row.propertyId(), row.source(),
                row.medium(), row.campaignName(), row.eventName(), row.sessions() + 7, row.totalUsers() + 3,
                row.conversions().add(BigDecimal.ONE), row.totalRevenue().add(BigDecimal.TEN), row.currencyCode(),
                extractedAt);
    }

    public static SearchConsoleDaily search(TenantId tenant, ConnectionId connection, LocalDate day, int variant,
                                            Instant extractedAt) {
        return new SearchConsoleDaily(tenant, connection, day, "sc-domain:example.com", "web",
                Option.of("query " + variant),
                Option.of("https://example.com/p/" + variant), Option.of("deu"), Option.of("MOBILE"), 5L + variant,
                100L + variant, new BigDecimal("0.05"), new BigDecimal("3.25"), extractedAt);
    }

    public static SearchConsoleDaily restated(SearchConsoleDaily row, Instant extractedAt) {
        return new SearchConsoleDaily(row.tenantId(), row.connectionId(), row.dateDay(), row.siteUrl(),
                row.searchType(), row.query(), row.page(), row.country(), row.device(), row.clicks() + 7,
                row.impressions() + 100, new BigDecimal("0.1"), row.position().add(BigDecimal.ONE), extractedAt);
    }
}
