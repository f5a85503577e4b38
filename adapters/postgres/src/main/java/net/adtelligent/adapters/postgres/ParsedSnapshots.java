package net.adtelligent.adapters.postgres;

import io.vavr.control.Option;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import net.adtelligent.domain.metrics.MetricsSnapshot;
import net.adtelligent.domain.tenant.TenantId;

/**
 * The last snapshot read per tenant, with the row it came from. Parsing a whole jsonb document is
 * most of the cost of reading the latest snapshot, and the latest rarely changes between two reads;
 * a row id is never reused, so "same row" means "same snapshot" and a save by any instance shows
 * as a new id. Keyed by tenant, and the tenant is checked again on the way out, so one tenant's
 * snapshot can never answer for another. Least recently read tenants are forgotten beyond the bound.
 */
final class ParsedSnapshots {

    private record Parsed(long rowId, MetricsSnapshot snapshot) {
    }

    private final Map<TenantId, Parsed> byTenant;

    ParsedSnapshots(int tenants) {
        if (tenants < 1) {
            throw new IllegalArgumentException("tenants must be at least 1, was " + tenants);
        }
        this.byTenant = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<TenantId, Parsed> eldest) {
                return size() > tenants;
            }
        };
    }

    /** The snapshot parsed from this row of this tenant, if it is the one remembered. */
    synchronized Option<MetricsSnapshot> find(TenantId tenant, long rowId) {
        Parsed parsed = byTenant.get(Objects.requireNonNull(tenant, "tenant"));
        if (parsed == null || parsed.rowId() != rowId || !parsed.snapshot().tenantId().equals(tenant)) {
            return Option.none();
        }
        return Option.some(parsed.snapshot());
    }

    synchronized void remember(long rowId, MetricsSnapshot snapshot) {
        byTenant.put(snapshot.tenantId(), new Parsed(rowId, snapshot));
    }

    synchronized int size() {
        return byTenant.size();
    }
}
