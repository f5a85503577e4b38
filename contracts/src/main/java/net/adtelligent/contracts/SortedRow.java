package net.adtelligent.contracts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A row on its way through {@link Batch}'s sorts. {@code key} is the primary key it was restated
 * under (empty once deduplicated); {@code seq} is its arrival, and after deduplication the first
 * arrival of its key, so the output keeps the order in which keys first arrived.
 */
record SortedRow(List<String> key, long seq, UnifiedRow row) {

    /** Restatements of one key together, the winner last: latest extraction, then latest arrival. */
    static final Comparator<SortedRow> BY_KEY_THEN_LATEST = Comparator
            .comparing(SortedRow::key, SortedRow::compareLists)
            .thenComparing((SortedRow sorted) -> sorted.row().extractedAt())
            .thenComparingLong(SortedRow::seq);

    static final Comparator<SortedRow> BY_ARRIVAL = Comparator.comparingLong(SortedRow::seq);

    /** Rows of one day and grain together, in arrival order among themselves, so sums fold as they always did. */
    static Comparator<SortedRow> byDay(List<String> grain) {
        List<String> columns = new ArrayList<>();
        columns.add("date_day");
        columns.addAll(grain);
        return (a, b) -> {
            for (String column : columns) {
                int order = compareValues(a.row().get(column), b.row().get(column));
                if (order != 0) {
                    return order;
                }
            }
            return Long.compare(a.seq(), b.seq());
        };
    }

    /** What rows summed into one have in common: the day and the grain's values. */
    static List<Object> day(UnifiedRow row, List<String> grain) {
        List<Object> day = new ArrayList<>(grain.size() + 1);
        day.add(row.get("date_day"));
        grain.forEach(column -> day.add(row.get(column)));
        return day;
    }

    private static int compareLists(List<?> a, List<?> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int order = compareValues(a.get(i), b.get(i));
            if (order != 0) {
                return order;
            }
        }
        return Integer.compare(a.size(), b.size());
    }

    // Zero exactly where equals holds (12.5 and 12.50 differ), so rows meet in a sort only where they are grouped.
    @SuppressWarnings("unchecked")
    static int compareValues(Object a, Object b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : -1) : 1;
        }
        if (a instanceof String x && b instanceof String y) {
            return x.compareTo(y); // keys are text: spared the call through Comparable, which the JIT cannot inline
        }
        if (a.getClass() != b.getClass()) {
            return a.getClass().getName().compareTo(b.getClass().getName());
        }
        if (a instanceof BigDecimal x) {
            int order = x.compareTo((BigDecimal) b);
            return order != 0 ? order : Integer.compare(x.scale(), ((BigDecimal) b).scale());
        }
        return ((Comparable<Object>) a).compareTo(b);
    }
}
