package net.adtelligent.ports.out;

import net.adtelligent.domain.fact.AdPerformanceDaily;

/**
 * The unified ad performance of the ad platforms and CSV uploads: one row per day and ad (or ad
 * group, or campaign, where the platform reports no finer level).
 */
public interface AdPerformanceStore extends DailyFactStore<AdPerformanceDaily> {
}
