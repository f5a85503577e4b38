package net.adtelligent.domain.metrics;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import net.adtelligent.domain.fact.DateRange;
import net.adtelligent.domain.tenant.TenantId;

/**
 * A tenant's cross-channel view of a window of days, precomputed: ad totals per day and platform
 * and overall in the reporting currency, GA4 and Search Console per day, what could not be
 * converted, and each source's freshness. {@code contentHash} covers everything but the time of
 * generation, so two generations from the same data have the same hash.
 */
public record MetricsSnapshot(TenantId tenantId, DateRange window, Instant generatedAt, ZoneId timeZone,
                              Currency currency, List<PlatformDay> adRows, AdTotals totals, List<WebDaily> web,
                              List<SearchDaily> search, Unconverted unconverted, List<SourceFreshness> sources,
                              String contentHash) {

    public MetricsSnapshot {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(generatedAt, "generatedAt");
        Objects.requireNonNull(timeZone, "timeZone");
        Objects.requireNonNull(currency, "currency");
        adRows = List.copyOf(adRows);
        Objects.requireNonNull(totals, "totals");
        web = List.copyOf(web);
        search = List.copyOf(search);
        Objects.requireNonNull(unconverted, "unconverted");
        sources = List.copyOf(sources);
        Objects.requireNonNull(contentHash, "contentHash");
    }

    /** Whether the snapshot answers for these days. */
    public boolean covers(DateRange days) {
        return window.contains(days.first()) && window.contains(days.last());
    }
}
