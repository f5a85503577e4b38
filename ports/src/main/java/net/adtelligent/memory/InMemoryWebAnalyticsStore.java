package net.adtelligent.memory;

import net.adtelligent.domain.fact.WebAnalyticsDaily;
import net.adtelligent.domain.fact.WebAnalyticsKey;
import net.adtelligent.ports.out.WebAnalyticsStore;

/** Web analytics (GA4) facts in memory, lost when the JVM stops. Thread-safe. */
public final class InMemoryWebAnalyticsStore extends InMemoryDailyFactStore<WebAnalyticsKey, WebAnalyticsDaily>
        implements WebAnalyticsStore {
}
