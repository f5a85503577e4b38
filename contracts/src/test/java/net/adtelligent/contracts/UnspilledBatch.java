package net.adtelligent.contracts;

import static net.adtelligent.contracts.Fixtures.CONNECTION;
import static net.adtelligent.contracts.Fixtures.TENANT;

import com.fasterxml.jackson.core.JsonPointer;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.adtelligent.domain.fact.DailyFact;

/**
 * The batch as it was before it could spill: one row per key in a map, in arrival order. The
 * yardstick a spilling batch must equal, row for row and in the same order.
 */
final class UnspilledBatch {

    private UnspilledBatch() {
    }

    static Batch.Result normalise(Normaliser normaliser, List<SourceRecord> records) {
        Map<List<String>, UnifiedRow> latest = new LinkedHashMap<>();
        List<Batch.Rejected> rejected = new ArrayList<>();
        for (SourceRecord record : records) {
            normaliser.row(record).fold(
                    violations -> rejected.add(new Batch.Rejected(record.line(), violations)),
                    row -> latest.merge(key(normaliser, record), row,
                            (stored, arriving) -> arriving.extractedAt().isBefore(stored.extractedAt()) ? stored : arriving));
        }
        List<UnifiedRow> rows = new ArrayList<>(latest.values());
        if (normaliser.contract().aggregateToDay().isPresent()) {
            Map<List<Object>, Map<String, Object>> days = new LinkedHashMap<>();
            for (UnifiedRow row : latest.values()) {
                List<Object> day = new ArrayList<>();
                day.add(row.get("date_day"));
                normaliser.contract().grain().forEach(column -> day.add(row.get(column)));
                days.merge(day, new LinkedHashMap<>(row.values()), (sum, more) -> add(row.fact(), sum, more));
            }
            rows = days.values().stream().map(values -> new UnifiedRow(normaliser.contract().fact(), values)).toList();
        }
        List<DailyFact<?>> facts = new ArrayList<>();
        List<UnifiedRow> kept = new ArrayList<>();
        for (UnifiedRow row : rows) {
            try {
                facts.add(FactRows.toFact(row, TENANT, CONNECTION));
                kept.add(row);
            } catch (IllegalArgumentException e) {
                rejected.add(new Batch.Rejected(0, List.of(new Violation("", "a valid " + row.fact().id() + " row", e.getMessage()))));
            }
        }
        return new Batch.Result(records.size(), facts, kept, rejected);
    }

    private static List<String> key(Normaliser normaliser, SourceRecord record) {
        List<String> key = new ArrayList<>();
        for (JsonPointer field : normaliser.contract().primaryKey()) {
            var value = record.data().orElseThrow().at(field);
            key.add(value.isMissingNode() || value.isNull() ? null : value.asText());
        }
        return key;
    }

    private static Map<String, Object> add(Fact fact, Map<String, Object> sum, Map<String, Object> more) {
        boolean moreIsLater = ((Instant) more.get("source_extracted_at")).isAfter((Instant) sum.get("source_extracted_at"));
        Map<String, Object> total = new LinkedHashMap<>(moreIsLater ? more : sum);
        for (Column column : fact.columns()) {
            if (column.role() == Column.Role.ADDITIVE) {
                Object a = sum.get(column.name());
                Object b = more.get(column.name());
                total.put(column.name(), a == null || b == null ? (a == null ? b : a)
                        : a instanceof Long x ? (Object) (x + (Long) b) : ((BigDecimal) a).add((BigDecimal) b));
            }
        }
        return total;
    }
}
