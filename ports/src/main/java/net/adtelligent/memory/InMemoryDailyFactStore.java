package net.adtelligent.memory;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import net.adtelligent.domain.fact.DailyFact;
import net.adtelligent.domain.fact.DateRange;
import net.adtelligent.domain.fact.Restatements;
import net.adtelligent.domain.tenant.TenantId;
import net.adtelligent.ports.out.DailyFactStore;

/**
 * Facts of one kind in memory, lost when the JVM stops. Thread-safe. The batch is checked and
 * reduced to one row per key before anything is stored, so a refused batch leaves no trace; each
 * key is then replaced atomically, by the same rule as in the database.
 */
abstract class InMemoryDailyFactStore<K, F extends DailyFact<K>> implements DailyFactStore<F> {

    private final Map<K, F> facts = new ConcurrentHashMap<>();

    @Override
    public void upsert(TenantId tenant, List<F> batch) {
        for (F row : Restatements.latestPerKey(tenant, batch)) {
            Undo.remember(facts, row.key());
            facts.merge(row.key(), row, (stored, arriving) -> arriving.replaces(stored) ? arriving : stored);
        }
    }

    /** Sorted in memory: holding every row is what this store does anyway. */
    @Override
    public void read(TenantId tenant, DateRange days, Consumer<? super F> each) {
        facts.values().stream()
                .filter(row -> row.tenantId().equals(tenant) && days.contains(row.dateDay()))
                .sorted(Comparator.comparing(DailyFact::dateDay))
                .forEachOrdered(each);
    }
}
