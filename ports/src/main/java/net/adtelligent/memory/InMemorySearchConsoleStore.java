package net.adtelligent.memory;

import net.adtelligent.domain.fact.SearchConsoleDaily;
import net.adtelligent.domain.fact.SearchConsoleKey;
import net.adtelligent.ports.out.SearchConsoleStore;

/** Organic search (Search Console) facts in memory, lost when the JVM stops. Thread-safe. */
public final class InMemorySearchConsoleStore extends InMemoryDailyFactStore<SearchConsoleKey, SearchConsoleDaily>
        implements SearchConsoleStore {
}
