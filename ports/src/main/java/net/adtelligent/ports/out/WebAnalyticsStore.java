package net.adtelligent.ports.out;

import net.adtelligent.domain.fact.WebAnalyticsDaily;

/** The unified facts of web analytics (GA4), one row per day, property and traffic source. */
public interface WebAnalyticsStore extends DailyFactStore<WebAnalyticsDaily> {
}
