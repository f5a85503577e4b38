package net.adtelligent.contracts;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * A row's values as an unmodifiable map in the fact's column order, held in an array: every column
 * is a key (null where unknown), as a row the normaliser fills has. Rows are made and read millions
 * of times a run, and a hash map per row cost more than the work on its values. Equal to any map
 * with the same entries, as maps are.
 */
final class ColumnValues extends AbstractMap<String, Object> {

    private final Fact fact;
    private final Object[] values;

    /** Takes {@code values}, one for each column of {@code fact} in order; the caller must not change it afterwards. */
    ColumnValues(Fact fact, Object[] values) {
        if (values.length != fact.columns().size()) {
            throw new IllegalArgumentException(fact.id() + " has " + fact.columns().size() + " columns, not " + values.length);
        }
        this.fact = fact;
        this.values = values;
    }

    Fact fact() {
        return fact;
    }

    /** The value of the column at {@code position} in the fact's order. */
    Object at(int position) {
        return values[position];
    }

    /** A copy of the values in column order, for a row made from this one. */
    Object[] toArray() {
        return values.clone();
    }

    @Override
    public Object get(Object column) {
        int position = fact.position(column);
        return position < 0 ? null : values[position];
    }

    @Override
    public boolean containsKey(Object column) {
        return fact.position(column) >= 0;
    }

    @Override
    public int size() {
        return values.length;
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public int size() {
                return values.length;
            }

            @Override
            public Iterator<Entry<String, Object>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < values.length;
                    }

                    @Override
                    public Entry<String, Object> next() {
                        if (!hasNext()) {
                            throw new NoSuchElementException();
                        }
                        int position = next++;
                        return new SimpleImmutableEntry<>(fact.columns().get(position).name(), values[position]);
                    }
                };
            }
        };
    }
}
