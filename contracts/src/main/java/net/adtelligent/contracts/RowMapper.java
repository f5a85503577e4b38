package net.adtelligent.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Interprets a contract's mapping on one valid record: each {@link Mapping} shape and {@link Transform}
 * exactly as docs/contracts.md defines it. Context lookups keyed by another column wait until that
 * column has its value, so chains (LinkedIn: currency by account, account by campaign) resolve.
 * Values go in slots, one per mapped column in mapping order; which column waits for which depends
 * on the contract alone, so the order of evaluation is worked out once, not for every record.
 */
final class RowMapper {

    private final StreamContract contract;
    private final NormaliseContext context;
    private final List<String> columns;
    private final Mapping[] mappings;
    private final Column.Type[] types;
    private final int[] order;
    private final String circular;

    RowMapper(StreamContract contract, NormaliseContext context) {
        this.contract = contract;
        this.context = context;
        this.columns = List.copyOf(contract.mapping().keySet());
        this.mappings = new Mapping[columns.size()];
        this.types = new Column.Type[columns.size()];
        for (int slot = 0; slot < columns.size(); slot++) {
            mappings[slot] = contract.mapping().get(columns.get(slot));
            types[slot] = contract.fact().column(columns.get(slot)).map(Column::type).orElse(Column.Type.TEXT);
        }
        List<Integer> planned = new ArrayList<>();
        this.circular = plan(planned);
        this.order = planned.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The slot of a mapped column in what {@link #map} answers; -1 if the mapping has no such column. */
    int slot(String column) {
        return columns.indexOf(column);
    }

    /**
     * The mapped columns' values by slot, null where unknown; throws ArithmeticException for a count
     * that is no whole number.
     */
    Object[] map(ObjectNode data) {
        if (circular != null) {
            throw new IllegalStateException(circular);
        }
        Object[] row = new Object[columns.size()];
        for (int slot : order) {
            row[slot] = as(types[slot], value(mappings[slot], data, row));
        }
        return row;
    }

    // Fills order pass by pass, each pass every column whose lookups have their keys; answers null, or
    // why there is no order (the loader refuses circular lookups, so it should never have to).
    private String plan(List<Integer> order) {
        List<String> pending = new ArrayList<>(columns);
        Set<String> done = new HashSet<>();
        while (!pending.isEmpty()) {
            List<String> ready = pending.stream().filter(column -> ready(contract.mapping().get(column), done)).toList();
            if (ready.isEmpty()) {
                return "circular context lookups in " + contract.stream() + ": " + pending;
            }
            ready.forEach(column -> order.add(columns.indexOf(column)));
            done.addAll(ready);
            pending.removeAll(ready);
        }
        return null;
    }

    private static boolean ready(Mapping mapping, Set<String> done) {
        if (mapping instanceof Mapping.Context lookup) {
            return lookup.key().map(done::contains).orElse(true);
        }
        if (mapping instanceof Mapping.Field field) {
            return field.orElse().map(fallback -> ready(fallback, done)).orElse(true);
        }
        if (mapping instanceof Mapping.ResourceSegment segment) {
            return segment.orElse().map(fallback -> ready(fallback, done)).orElse(true);
        }
        return true;
    }

    private Object value(Mapping mapping, ObjectNode data, Object[] row) {
        if (mapping instanceof Mapping.Field field) {
            JsonNode node = data.at(field.field());
            return Json.typeOf(node) != JsonType.NULL ? transform(field.as(), node)
                    : field.orElse().map(fallback -> value(fallback, data, row)).orElse(null);
        } else if (mapping instanceof Mapping.ResourceSegment segment) {
            String found = segmentAfter(data.at(segment.field()).asText(""), segment.after());
            return found != null ? found : segment.orElse().map(fallback -> value(fallback, data, row)).orElse(null);
        } else if (mapping instanceof Mapping.SumByActionType sum) {
            List<String> chosen = context.chosen(sum.actionTypes());
            BigDecimal total = BigDecimal.ZERO;
            for (JsonNode action : data.at(sum.field())) {
                if (chosen.contains(action.path("action_type").asText())) {
                    total = total.add(Json.number(action.get("value")).orElse(BigDecimal.ZERO));
                }
            }
            return total;
        } else if (mapping instanceof Mapping.SumOfFields sum) {
            return context.chosen(sum.fields()).stream()
                    .map(pointer -> Json.number(data.at(pointer)).map(RowMapper::withoutNoise).orElse(BigDecimal.ZERO))
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
        } else if (mapping instanceof Mapping.Constant constant) {
            return constant.value();
        } else if (mapping instanceof Mapping.Context lookup) {
            Object key = lookup.key().map(column -> row[slot(column)]).orElse(null);
            return (key == null ? Optional.<String>empty() : context.find(lookup.key().get(), key.toString(), lookup.name()))
                    .or(() -> context.own(lookup.name())).orElse(null);
        }
        return null; // Unavailable: the source has no such value.
    }

    static final BigDecimal NOISE = new BigDecimal("1E-9");

    private Object transform(Transform as, JsonNode node) {
        return switch (as) {
            case TEXT -> node.asText();
            case ID -> node.isNumber() ? node.bigIntegerValue().toString() : node.asText().strip();
            case URN_ID -> node.asText().substring(node.asText().lastIndexOf(':') + 1);
            case DECIMAL -> withoutNoise(Json.number(node).orElseThrow());
            case INTEGER -> Json.count(node);
            // Money: at least cents, more where the platform has them (12500000 → 12.50, 1234567 → 1.234567).
            case MICROS -> {
                BigDecimal units = Json.number(node).orElseThrow().movePointLeft(6).stripTrailingZeros();
                yield units.setScale(Math.max(2, units.scale()));
            }
            case DATE -> contract.date().parse(node.asText());
            case RESOURCE_SEGMENT, SUM_BY_ACTION_TYPE -> throw new IllegalStateException(as + " has a shape of its own");
        };
    }

    /**
     * Float noise is zero: a connector that computes an amount in binary floating point writes a
     * spend of nothing as {@code -2e-18} (LinkedIn), which no currency or count can hold. A value
     * whose magnitude is below {@link #NOISE} (a billionth of a unit, a thousandth of Google's
     * micros) reads as 0; anything larger stays exact, so a real negative spend is still refused.
     */
    static BigDecimal withoutNoise(BigDecimal value) {
        return value.signum() != 0 && value.abs().compareTo(NOISE) < 0 ? BigDecimal.ZERO : value;
    }

    private static String segmentAfter(String resourceName, String after) {
        String[] parts = resourceName.split("/");
        for (int i = 0; i + 1 < parts.length; i++) {
            if (parts[i].equals(after) && !parts[i + 1].isEmpty()) {
                return parts[i + 1];
            }
        }
        return null;
    }

    // Constants are decimals in the file; a count column holds a whole number, a decimal column any number.
    private static Object as(Column.Type type, Object value) {
        if (value instanceof BigDecimal number && type == Column.Type.INTEGER) {
            return number.longValueExact();
        }
        if (value instanceof Long count && type == Column.Type.DECIMAL) {
            return BigDecimal.valueOf(count);
        }
        return value;
    }
}
