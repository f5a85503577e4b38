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
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public Object get(String column) {
        return values.get(column);
    }

    public String text(String column) {
        return (String) values.get(column);
    }

    Instant extractedAt() {
        return (Instant) values.get("source_extracted_at");
    }
}
