package net.adtelligent.contracts;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * How two deduplicated rows of one day and grain become one: additive measures summed exactly
 * (unknown plus a number is that number), dimensions and names from the later extraction, and on
 * a tie from {@code sum}, the row whose key arrived first.
 */
final class DaySums {

    private DaySums() {
    }

    static UnifiedRow plus(UnifiedRow sum, UnifiedRow more) {
        boolean moreIsLater = ((Instant) more.get("source_extracted_at"))
                .isAfter((Instant) sum.get("source_extracted_at"));
        UnifiedRow later = moreIsLater ? more : sum;
        List<Column> columns = sum.fact().columns();
        Object[] total = new Object[columns.size()];
        for (int i = 0; i < total.length; i++) {
            total[i] = columns.get(i).role() == Column.Role.ADDITIVE ? plus(sum.at(i), more.at(i)) : later.at(i);
        }
        return UnifiedRow.of(sum.fact(), total);
    }

    private static Object plus(Object a, Object b) {
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        return a instanceof Long x ? (Object) (x + (Long) b) : ((BigDecimal) a).add((BigDecimal) b);
    }
}
