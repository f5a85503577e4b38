package net.adtelligent.ports.out;

import java.util.List;
import java.util.function.Consumer;
import net.adtelligent.domain.fact.DailyFact;
import net.adtelligent.domain.fact.DateRange;
import net.adtelligent.domain.tenant.TenantId;

/**
 * Where one kind of unified fact is kept: written in batches by ingestion, read by day range for
 * aggregation. Each kind has its own port ({@link AdPerformanceStore}, {@link WebAnalyticsStore},
 * {@link SearchConsoleStore}) with this one shape, so a GA4 import or a report on ad spend
 * depends only on the facts it touches, and each kind can live where it fits (an app table, a
 * dbt mart) without dragging the others along.
 */
public interface DailyFactStore<F extends DailyFact<?>> {

    /**
     * Stores a batch of one tenant's rows, all or none. Restated data replaces: a row whose key is
     * stored already takes its place when its extraction is as recent or newer (latest extraction
     * wins), and is dropped when older; a key is never stored twice. Storing the same batch again
     * changes nothing. Within a batch, the same rule picks one row per key.
     *
     * @throws IllegalArgumentException when a row belongs to another tenant; then nothing is stored
     */
    void upsert(TenantId tenant, List<F> facts);

    /**
     * Hands the tenant's rows of the given days to {@code each} as they are read, so memory stays
     * flat whatever the period: in order of day, within a day in no promised order. {@code each}
     * runs while the store is reading (inside its transaction, for a database): it should
     * aggregate, not call other stores.
     */
    void read(TenantId tenant, DateRange days, Consumer<? super F> each);
}
