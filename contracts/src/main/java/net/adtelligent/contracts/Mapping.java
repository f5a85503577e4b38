package net.adtelligent.contracts;

import com.fasterxml.jackson.core.JsonPointer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How one unified column gets its value from a source record. The shapes are closed (a sealed
 * family) so the normaliser can interpret every contract without guessing; docs/contracts.md
 * shows each as it is written in a file.
 */
public sealed interface Mapping {

    /** The source fields this mapping reads, fallbacks included (checked against the schema at load). */
    List<JsonPointer> reads();

    /** The kind of unified value this mapping yields; empty for {@link Unavailable}, which fits any column. */
    default Optional<Column.Type> yields() {
        if (this instanceof Field field) {
            return Optional.of(field.as().produces());
        } else if (this instanceof Constant constant) {
            return Optional.of(!(constant.value() instanceof BigDecimal number) ? Column.Type.TEXT
                    : number.stripTrailingZeros().scale() <= 0 ? Column.Type.INTEGER : Column.Type.DECIMAL);
        } else if (this instanceof SumByActionType || this instanceof SumOfFields) {
            return Optional.of(Column.Type.DECIMAL);
        }
        // Resource segments and context values are text (ids, names, codes).
        return this instanceof Unavailable ? Optional.empty() : Optional.of(Column.Type.TEXT);
    }

    /** The value at {@code field}, transformed; when the field is absent or null, {@code orElse} if given, else null. */
    record Field(JsonPointer field, Transform as, Optional<Mapping> orElse) implements Mapping {
        public Field {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(as, "as");
            Objects.requireNonNull(orElse, "orElse");
            if (as == Transform.RESOURCE_SEGMENT || as == Transform.SUM_BY_ACTION_TYPE) {
                throw new IllegalArgumentException(as.id() + " has a mapping shape of its own");
            }
        }

        @Override
        public List<JsonPointer> reads() {
            return withFallback(field, orElse);
        }
    }

    /** The path segment after {@code after} in a resource name at {@code field}. */
    record ResourceSegment(JsonPointer field, String after, Optional<Mapping> orElse) implements Mapping {
        public ResourceSegment {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(after, "after");
            Objects.requireNonNull(orElse, "orElse");
        }

        @Override
        public List<JsonPointer> reads() {
            return withFallback(field, orElse);
        }
    }

    /** Sum of {@code value} over the items of the array at {@code field} whose {@code action_type} is selected; an absent array sums to zero. */
    record SumByActionType(JsonPointer field, Selection actionTypes) implements Mapping {
        public SumByActionType {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(actionTypes, "actionTypes");
        }

        @Override
        public List<JsonPointer> reads() {
            return List.of(field);
        }
    }

    /** Sum of the selected numeric fields (each a JSON pointer); absent fields count as zero. */
    record SumOfFields(Selection fields) implements Mapping {
        public SumOfFields {
            Objects.requireNonNull(fields, "fields");
        }

        @Override
        public List<JsonPointer> reads() {
            return fields.defaults().stream().map(JsonPointer::compile).toList();
        }
    }

    /** A fixed value: a {@link String} or a {@link BigDecimal}. */
    record Constant(Object value) implements Mapping {
        public Constant {
            if (!(value instanceof String) && !(value instanceof BigDecimal)) {
                throw new IllegalArgumentException("a constant is a string or a decimal: " + value);
            }
        }

        @Override
        public List<JsonPointer> reads() {
            return List.of();
        }
    }

    /**
     * A value the record does not carry. With a {@code key}, it is looked up in the context records
     * of the same platform by the row's value of that unified column (e.g. the currency of the
     * row's account_id); without one, or when no context record matches, it is the connection's or
     * upload's own value (CLI {@code --currency}, the connection's account). Unknown stays null.
     */
    record Context(String name, Optional<String> key) implements Mapping {
        public Context {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(key, "key");
        }

        @Override
        public List<JsonPointer> reads() {
            return List.of();
        }
    }

    /** The source has no such value; the column stays null, and {@code reason} says why. */
    record Unavailable(String reason) implements Mapping {
        public Unavailable {
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public List<JsonPointer> reads() {
            return List.of();
        }
    }

    private static List<JsonPointer> withFallback(JsonPointer field, Optional<Mapping> orElse) {
        List<JsonPointer> all = new ArrayList<>();
        all.add(field);
        orElse.ifPresent(fallback -> all.addAll(fallback.reads()));
        return List.copyOf(all);
    }
}
