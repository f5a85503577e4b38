package net.adtelligent.domain.fact;

import java.time.Instant;
import java.time.LocalDate;
import net.adtelligent.domain.connection.ConnectionId;
import net.adtelligent.domain.tenant.TenantId;

/**
 * A unified fact: one row per tenant, day and natural key {@code K}, as extracted from its
 * source at {@link #sourceExtractedAt()}.
 */
public sealed interface DailyFact<K> permits AdPerformanceDaily, WebAnalyticsDaily, SearchConsoleDaily {

    TenantId tenantId();

    ConnectionId connectionId();

    /** The day in the source's own time zone (the ad account's, the GA4 property's), not converted. */
    LocalDate dateDay();

    Instant sourceExtractedAt();

    K key();

    /**
     * Whether this row takes the place of {@code stored}, the row with the same key: the latest
     * extraction wins. An equal extraction wins too, so re-normalising the same extraction (say,
     * under a corrected contract) takes effect, and storing the same row twice changes nothing.
     */
    default boolean replaces(DailyFact<K> stored) {
        if (!key().equals(stored.key())) {
            throw new IllegalArgumentException("rows of different keys never replace each other");
        }
        return !sourceExtractedAt().isBefore(stored.sourceExtractedAt());
    }
}
