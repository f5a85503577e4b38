package net.adtelligent.contracts;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Writes {@link SortedRow}s to a spill file and reads them back equal: every value tagged with its
 * type, decimals with their scale (12.50 stays 12.50), text as UTF-8 of any length. Values go in
 * the fact's column order, which every row has (the normaliser fills each column), so no names.
 * A value equal to the one in the same place of the row before is written as a one-byte tag and
 * read back as that same object: sorted rows share their account, campaign, day and envelope with
 * their neighbours, so a file is a fraction of the size and the rows read back share their values.
 */
final class RowCodec {

    private static final byte NULL = 0;
    private static final byte TEXT = 1;
    private static final byte DATE = 2;
    private static final byte INTEGER = 3;
    private static final byte DECIMAL = 4;
    private static final byte INSTANT = 5;
    private static final byte SMALL_DECIMAL = 6;
    private static final byte AS_BEFORE = 7;

    private final Fact fact;

    RowCodec(Fact fact) {
        this.fact = fact;
    }

    /** Encodes the rows of one file, in order; each row is written against the one before it. */
    Encoder encoder() {
        return new Encoder();
    }

    /** Decodes the rows of one file, in the order an {@link Encoder} wrote them. */
    Decoder decoder() {
        return new Decoder();
    }

    final class Encoder {

        private UnifiedRow before;
        private List<String> keyBefore = List.of();

        void write(SpillOutput out, SortedRow sorted) throws IOException {
            UnifiedRow row = sorted.row();
            if (row.values().size() != fact.columns().size()) {
                throw new IllegalStateException("a " + fact.id() + " row has every column of its fact, not " + row.values().keySet());
            }
            out.writeLong(sorted.seq());
            List<String> key = sorted.key();
            out.writeInt(key.size());
            for (int i = 0; i < key.size(); i++) {
                value(out, key.get(i), i < keyBefore.size() ? keyBefore.get(i) : null);
            }
            keyBefore = key;
            for (int i = 0; i < fact.columns().size(); i++) {
                value(out, row.at(i), before == null ? null : before.at(i));
            }
            before = row;
        }

        private static void value(SpillOutput out, Object value, Object before) throws IOException {
            if (value == null) {
                out.writeByte(NULL);
            } else if (same(value, before)) {
                out.writeByte(AS_BEFORE);
            } else if (value instanceof String text) {
                out.writeByte(TEXT);
                out.writeText(text);
            } else if (value instanceof BigDecimal number) {
                decimal(out, number);
            } else if (value instanceof Long count) {
                out.writeByte(INTEGER);
                out.writeLong(count);
            } else if (value instanceof LocalDate day) {
                out.writeByte(DATE);
                out.writeLong(day.toEpochDay());
            } else if (value instanceof Instant at) {
                out.writeByte(INSTANT);
                out.writeLong(at.getEpochSecond());
                out.writeInt(at.getNano());
            } else {
                throw new IllegalStateException("a unified row holds no " + value.getClass().getName());
            }
        }

        // The common types compare with their own equals, which the JIT inlines; one call over every type it cannot.
        private static boolean same(Object value, Object before) {
            if (value instanceof String text) {
                return text.equals(before);
            }
            return value instanceof BigDecimal number ? number.equals(before) : value.equals(before);
        }

        private static void decimal(SpillOutput out, BigDecimal number) throws IOException {
            BigInteger unscaled = number.unscaledValue();
            boolean small = unscaled.bitLength() < Long.SIZE;
            out.writeByte(small ? SMALL_DECIMAL : DECIMAL);
            out.writeInt(number.scale());
            if (small) {
                out.writeLong(unscaled.longValue());
            } else {
                out.writeBytes(unscaled.toByteArray());
            }
        }
    }

    final class Decoder {

        private Object[] before = new Object[fact.columns().size()];
        private String[] keyBefore = new String[0];

        SortedRow read(SpillInput in) throws IOException {
            long seq = in.readLong();
            String[] key = new String[in.readInt()];
            for (int i = 0; i < key.length; i++) {
                key[i] = (String) value(in, i < keyBefore.length ? keyBefore[i] : null);
            }
            keyBefore = key;
            Object[] values = new Object[before.length];
            for (int i = 0; i < values.length; i++) {
                values[i] = value(in, before[i]);
            }
            before = values;
            return new SortedRow(Arrays.asList(key), seq, UnifiedRow.of(fact, values));
        }

        private static Object value(SpillInput in, Object before) throws IOException {
            byte tag = in.readByte();
            return switch (tag) {
                case NULL -> null;
                case AS_BEFORE -> Objects.requireNonNull(before, "not a spill file of this batch: nothing before");
                case TEXT -> in.readText();
                case DATE -> LocalDate.ofEpochDay(in.readLong());
                case INTEGER -> in.readLong();
                case DECIMAL -> {
                    int scale = in.readInt();
                    yield new BigDecimal(new BigInteger(in.readBytes()), scale);
                }
                case SMALL_DECIMAL -> {
                    int scale = in.readInt();
                    yield BigDecimal.valueOf(in.readLong(), scale);
                }
                case INSTANT -> Instant.ofEpochSecond(in.readLong(), in.readInt());
                default -> throw new IOException("not a spill file of this batch: value tag " + tag);
            };
        }
    }
}
