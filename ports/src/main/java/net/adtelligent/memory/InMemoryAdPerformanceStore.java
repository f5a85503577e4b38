package net.adtelligent.memory;

import net.adtelligent.domain.fact.AdPerformanceDaily;
import net.adtelligent.domain.fact.AdPerformanceKey;
import net.adtelligent.ports.out.AdPerformanceStore;

/** Ad performance in memory, lost when the JVM stops. Thread-safe. */
public final class InMemoryAdPerformanceStore extends InMemoryDailyFactStore<AdPerformanceKey, AdPerformanceDaily>
        implements AdPerformanceStore {
}
