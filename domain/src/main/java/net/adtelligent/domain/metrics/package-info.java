/**
 * The cross-channel view a marketer opens every morning: totals of ad performance per day and
 * platform in the reporting currency with their derived ratios, web analytics and organic search
 * per day, and how fresh each source is. Precomputed as a {@link net.adtelligent.domain.metrics.MetricsSnapshot}.
 */
package net.adtelligent.domain.metrics;
