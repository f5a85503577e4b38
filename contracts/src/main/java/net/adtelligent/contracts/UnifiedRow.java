package net.adtelligent.contracts;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One row of a unified fact as the contract mapped it, before it becomes a domain record: every
 * column of the fact by name (envelope included; null where unknown or unavailable). Values are
 * String, LocalDate, Long, BigDecimal or Instant, by the column's type.
 */
public record UnifiedRow(Fact fact, Map<String, Object> values) {

    public UnifiedRow {
        Objects.requireNonNull(fact, "fact");
        // The normaliser's own rows are already unmodifiable and in column order: shared, not copied.
        values = values instanceof ColumnValues own && own.fact() == fact
                ? own : Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** A row of every column of {@code fact}, {@code values} in column order; the caller lets go of the array. */
    static UnifiedRow of(Fact fact, Object[] values) {
        return new UnifiedRow(fact, new ColumnValues(fact, values));
    }

    public Object get(String column) {
        return values.get(column);
    }

    public String text(String column) {
        return (String) values.get(column);
    }

    /** The value of the fact's column at {@code position}, as {@link #get} by that column's name. */
    Object at(int position) {
        return values instanceof ColumnValues own ? own.at(position) : values.get(fact.columns().get(position).name());
    }

    Instant extractedAt() {
        return (Instant) values.get("source_extracted_at");
    }
}
