package net.adtelligent.domain.fact;

import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import net.adtelligent.domain.connection.ConnectionId;
import net.adtelligent.domain.tenant.TenantId;

/** Valid ad rows for the domain's tests, varied one component at a time. */
final class AdRows {

    static final TenantId TENANT = TenantId.random();
    static final ConnectionId CONNECTION = ConnectionId.random();
    static final LocalDate DAY = LocalDate.of(2026, 11, 6);
    static final Instant EXTRACTED = Instant.parse("2026-11-07T03:00:00Z");

    private AdRows() {
    }

    static AdPerformanceDaily ad(String adId, String spend, Instant extractedAt) {
        return row(TENANT, Option.of("ag-1"), Option.of(adId), new BigDecimal(spend), extractedAt);
    }

    static AdPerformanceDaily row(TenantId tenant, Option<String> adGroupId, Option<String> adId, BigDecimal spend,
                                  Instant extractedAt) {
        return AdPerformanceDaily.builder().tenantId(tenant).connectionId(CONNECTION).platform(Platform.META_ADS)
                .dateDay(DAY).accountId("act-1").accountName("Acme").campaignId("c-1").campaignName("Black Friday")
                .adGroupId(adGroupId.getOrNull()).adId(adId.getOrNull()).currencyCode(Currency.getInstance("EUR"))
                .spend(spend).impressions(1000).clicks(25).conversions(new BigDecimal("1.5"))
                .conversionsValue(new BigDecimal("99.90")).sourceExtractedAt(extractedAt).build();
    }
}
