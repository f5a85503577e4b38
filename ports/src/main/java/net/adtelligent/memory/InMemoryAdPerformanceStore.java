package net.adtelligent.memory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import net.adtelligent.domain.fact.AdPerformanceDaily;
import net.adtelligent.domain.fact.AdPerformanceKey;
import net.adtelligent.domain.tenant.TenantId;
import net.adtelligent.ports.out.AdPerformanceStore;
import net.adtelligent.ports.out.FactSource;

/** Ad performance in memory, lost when the JVM stops. Thread-safe. */
public final class InMemoryAdPerformanceStore extends InMemoryDailyFactStore<AdPerformanceKey, AdPerformanceDaily>
        implements AdPerformanceStore {

    /** Sums the whole import before storing any of it, so a source that fails midway leaves nothing. */
    @Override
    public long importSummed(TenantId tenant, FactSource<AdPerformanceDaily> rows) {
        Map<AdPerformanceKey, AdPerformanceDaily> sums = new LinkedHashMap<>();
        rows.forEach(row -> sums.merge(row.key(), row, AdPerformanceDaily::plus));
        upsert(tenant, new ArrayList<>(sums.values()));
        return sums.size();
    }
}
