package net.adtelligent.contracts;

import com.fasterxml.jackson.core.JsonPointer;
import java.util.List;

/**
 * Rows that split a day further (Google Ads hours and networks, Microsoft devices and networks):
 * after deduplication on the primary key, rows equal in everything but {@code over} are summed
 * into one row per day and grain. Only additive measures are summed, so only facts without
 * non-additive measures may be aggregated.
 */
public record DayAggregation(List<JsonPointer> over) {

    public DayAggregation {
        over = List.copyOf(over);
        if (over.isEmpty()) {
            throw new IllegalArgumentException("aggregate_to_day names the fields it sums over");
        }
    }
}
