package net.adtelligent.contracts;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.adtelligent.domain.fact.ConnectionId;
import net.adtelligent.domain.fact.DailyFact;
import net.adtelligent.domain.tenant.TenantId;

/**
 * The records of one normalisation run. Restated records (the same primary key again) replace the
 * earlier one when extracted at the same time or later, as {@link DailyFact#replaces} rules for
 * stored rows; then, where the contract aggregates to the day, rows of one day and grain are summed.
 * It holds one row per primary key, never the records themselves.
 */
public final class Batch {

    private final Normaliser normaliser;
    private final TenantId tenant;
    private final ConnectionId connection;
    private final Map<List<String>, UnifiedRow> latest = new LinkedHashMap<>();
    private final List<Rejected> rejected = new ArrayList<>();
    private long records;

    Batch(Normaliser normaliser, TenantId tenant, ConnectionId connection) {
        this.normaliser = normaliser;
        this.tenant = tenant;
        this.connection = connection;
    }

    /** A record that gave no row: its input line and why. */
    public record Rejected(long line, List<Violation> violations) {
        public Rejected {
            violations = List.copyOf(violations);
        }
    }

    /** The outcome: the facts as domain records, the same rows by column name, and the records rejected. */
    public record Result(long records, List<DailyFact<?>> facts, List<UnifiedRow> rows, List<Rejected> rejected) {
        public Result {
            facts = List.copyOf(facts);
            rows = List.copyOf(rows);
            rejected = List.copyOf(rejected);
        }
    }

    public Batch add(SourceRecord record) {
        records++;
        normaliser.row(record).fold(
                violations -> rejected.add(new Rejected(record.line(), violations)),
                row -> latest.merge(key(record.data().orElseThrow()), row,
                        (stored, arriving) -> arriving.extractedAt().isBefore(stored.extractedAt()) ? stored : arriving));
        return this;
    }

    public Result finish() {
        List<UnifiedRow> rows = normaliser.contract().aggregateToDay().isPresent() ? summedToDay() : List.copyOf(latest.values());
        List<DailyFact<?>> facts = new ArrayList<>();
        List<UnifiedRow> kept = new ArrayList<>();
        List<Rejected> refused = new ArrayList<>(rejected);
        for (UnifiedRow row : rows) {
            try {
                facts.add(FactRows.toFact(row, tenant, connection));
                kept.add(row);
            } catch (IllegalArgumentException e) {
                // The domain refused what the contract produced (negative spend, say): reported, not stored.
                refused.add(new Rejected(0, List.of(new Violation("", "a valid " + row.fact().id() + " row", e.getMessage()))));
            }
        }
        return new Result(records, facts, kept, refused);
    }

    private List<String> key(ObjectNode data) {
        List<String> key = new ArrayList<>();
        for (JsonPointer field : normaliser.contract().primaryKey()) {
            key.add(data.at(field).isMissingNode() || data.at(field).isNull() ? null : data.at(field).asText());
        }
        return key;
    }

    // Sums additive measures; dimensions and names are the latest extraction's.
    private List<UnifiedRow> summedToDay() {
        Map<List<Object>, Map<String, Object>> days = new LinkedHashMap<>();
        for (UnifiedRow row : latest.values()) {
            List<Object> day = new ArrayList<>();
            day.add(row.get("date_day"));
            normaliser.contract().grain().forEach(column -> day.add(row.get(column)));
            days.merge(day, new LinkedHashMap<>(row.values()), (sum, more) -> add(row.fact(), sum, more));
        }
        return days.values().stream().map(values -> new UnifiedRow(normaliser.contract().fact(), values)).toList();
    }

    private static Map<String, Object> add(Fact fact, Map<String, Object> sum, Map<String, Object> more) {
        boolean moreIsLater = ((Instant) more.get("source_extracted_at"))
                .isAfter((Instant) sum.get("source_extracted_at"));
        Map<String, Object> total = new LinkedHashMap<>(moreIsLater ? more : sum);
        for (Column column : fact.columns()) {
            if (column.role() == Column.Role.ADDITIVE) {
                total.put(column.name(), plus(sum.get(column.name()), more.get(column.name())));
            }
        }
        return total;
    }

    private static Object plus(Object a, Object b) {
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        return a instanceof Long x ? (Object) (x + (Long) b) : ((BigDecimal) a).add((BigDecimal) b);
    }
}
