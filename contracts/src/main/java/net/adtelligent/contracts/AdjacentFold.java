package net.adtelligent.contracts;

import java.util.Iterator;
import java.util.function.BinaryOperator;
import java.util.function.Function;

/**
 * Folds each stretch of adjacent rows with equal keys into one row, lazily, so a sorted stream of
 * any length is deduplicated or summed while holding one row ahead.
 */
final class AdjacentFold implements Iterator<SortedRow> {

    private final Iterator<SortedRow> sorted;
    private final Function<SortedRow, ?> key;
    private final BinaryOperator<SortedRow> fold;
    private SortedRow ahead;

    AdjacentFold(Iterator<SortedRow> sorted, Function<SortedRow, ?> key, BinaryOperator<SortedRow> fold) {
        this.sorted = sorted;
        this.key = key;
        this.fold = fold;
    }

    @Override
    public boolean hasNext() {
        return ahead != null || sorted.hasNext();
    }

    @Override
    public SortedRow next() {
        SortedRow folded = ahead != null ? ahead : sorted.next();
        ahead = null;
        Object stretch = key.apply(folded);
        while (sorted.hasNext()) {
            SortedRow more = sorted.next();
            if (!stretch.equals(key.apply(more))) {
                ahead = more;
                break;
            }
            folded = fold.apply(folded, more);
        }
        return folded;
    }
}
