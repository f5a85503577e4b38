package net.adtelligent.adapters.postgres;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.vavr.control.Option;
import java.util.Objects;
import net.adtelligent.domain.metrics.MetricsSnapshot;
import net.adtelligent.domain.tenant.TenantId;

/**
 * The last snapshot read per tenant, with the row it came from. Parsing a whole jsonb document is
 * most of the cost of reading the latest snapshot, and the latest rarely changes between two reads;
 * a row id is never reused, so "same row" means "same snapshot" and a save by any instance shows
 * as a new id. Keyed by tenant, and the tenant is checked again on the way out, so one tenant's
 * snapshot can never answer for another. Tenants read least are forgotten beyond the bound.
 */
final class ParsedSnapshots {

    private record Parsed(long rowId, MetricsSnapshot snapshot) {
    }

    private final Cache<TenantId, Parsed> byTenant;

    ParsedSnapshots(int tenants) {
        if (tenants < 1) {
            throw new IllegalArgumentException("tenants must be at least 1, was " + tenants);
        }
        // Caffeine: read on every combined-metrics request without a lock; bounded by tenants.
        this.byTenant = Caffeine.newBuilder().maximumSize(tenants).executor(Runnable::run).build();
    }

    /** The snapshot parsed from this row of this tenant, if it is the one remembered. */
    Option<MetricsSnapshot> find(TenantId tenant, long rowId) {
        Parsed parsed = byTenant.getIfPresent(Objects.requireNonNull(tenant, "tenant"));
        if (parsed == null || parsed.rowId() != rowId || !parsed.snapshot().tenantId().equals(tenant)) {
            return Option.none();
        }
        return Option.some(parsed.snapshot());
    }

    void remember(long rowId, MetricsSnapshot snapshot) {
        byTenant.put(snapshot.tenantId(), new Parsed(rowId, snapshot));
    }

    /** Settles pending evictions first, so the count is exact. */
    long size() {
        byTenant.cleanUp();
        return byTenant.estimatedSize();
    }
}
