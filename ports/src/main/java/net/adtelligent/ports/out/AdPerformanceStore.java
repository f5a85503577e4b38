package net.adtelligent.ports.out;

import net.adtelligent.domain.fact.AdPerformanceDaily;
import net.adtelligent.domain.tenant.TenantId;

/**
 * The unified ad performance of the ad platforms and CSV uploads: one row per day and ad (or ad
 * group, or campaign, where the platform reports no finer level).
 */
public interface AdPerformanceStore extends DailyFactStore<AdPerformanceDaily> {

    /**
     * Stores the rows of one file import, all or none. Rows of one key within the import are summed
     * first (spend, impressions, clicks, conversions and their value; names and currency of the
     * last): a user's export split by a column that was not mapped (device, country) adds up to
     * its day. Each sum then takes the place of a stored row of its key as {@link #upsert} rules
     * (latest extraction wins), so the same file imported twice changes nothing.
     *
     * @return how many rows (distinct keys) the import wrote
     * @throws IllegalArgumentException when a row belongs to another tenant; then nothing is stored
     */
    long importSummed(TenantId tenant, FactSource<AdPerformanceDaily> rows);
}
