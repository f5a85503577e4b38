package net.adtelligent.domain.fact;

import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import net.adtelligent.domain.connection.ConnectionId;
import net.adtelligent.domain.tenant.TenantId;

/**
 * The unified Search Console fact: clicks, impressions, click-through rate (a ratio from 0 to 1)
 * and average position per day, site, search type and dimensions (see {@link SearchConsoleKey}),
 * on the property's day (Pacific time). Rolling up, ctr is recomputed and position weighted by
 * impressions: neither is summed.
 */
public record SearchConsoleDaily(TenantId tenantId, ConnectionId connectionId, LocalDate dateDay, String siteUrl,
                                 String searchType, Option<String> query, Option<String> page, Option<String> country,
                                 Option<String> device, long clicks, long impressions, BigDecimal ctr,
                                 BigDecimal position, Instant sourceExtractedAt) implements DailyFact<SearchConsoleKey> {

    public SearchConsoleDaily {
        new SearchConsoleKey(tenantId, connectionId, dateDay, siteUrl, searchType, query, page, country, device);
        FactChecks.count("clicks", clicks);
        FactChecks.count("impressions", impressions);
        ctr = FactChecks.nonNegative("ctr", ctr);
        if (ctr.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("ctr is a ratio from 0 to 1, not a percentage: " + ctr);
        }
        position = FactChecks.nonNegative("position", position);
        Objects.requireNonNull(sourceExtractedAt, "sourceExtractedAt");
    }

    /** Part by part, by name: for code that states a fact in full (tests, demo data) and reads better so. */
    public static SearchConsoleDailyBuilder builder() {
        return new SearchConsoleDailyBuilder();
    }

    @Override
    public SearchConsoleKey key() {
        return new SearchConsoleKey(tenantId, connectionId, dateDay, siteUrl, searchType, query, page, country, device);
    }
}
