package net.adtelligent.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Interprets a contract's mapping on one valid record: each {@link Mapping} shape and {@link Transform}
 * exactly as docs/contracts.md defines it. Context lookups keyed by another column wait until that
 * column has its value, so chains (LinkedIn: currency by account, account by campaign) resolve.
 */
final class RowMapper {

    private final StreamContract contract;
    private final NormaliseContext context;

    RowMapper(StreamContract contract, NormaliseContext context) {
        this.contract = contract;
        this.context = context;
    }

    /** The mapped columns' values, null where unknown; throws ArithmeticException for a count that is no whole number. */
    Map<String, Object> map(ObjectNode data) {
        Map<String, Object> row = new LinkedHashMap<>();
        List<String> pending = new ArrayList<>(contract.mapping().keySet());
        while (!pending.isEmpty()) {
            // The loader refuses circular lookups, so every pass resolves at least one column.
            List<String> ready = pending.stream().filter(column -> ready(contract.mapping().get(column), row)).toList();
            if (ready.isEmpty()) {
                throw new IllegalStateException("circular context lookups in " + contract.stream() + ": " + pending);
            }
            for (String column : ready) {
                row.put(column, as(column, value(contract.mapping().get(column), data, row)));
            }
            pending.removeAll(ready);
        }
        return row;
    }

    private static boolean ready(Mapping mapping, Map<String, Object> row) {
        if (mapping instanceof Mapping.Context lookup) {
            return lookup.key().map(row::containsKey).orElse(true);
        }
        if (mapping instanceof Mapping.Field field) {
            return field.orElse().map(fallback -> ready(fallback, row)).orElse(true);
        }
        if (mapping instanceof Mapping.ResourceSegment segment) {
            return segment.orElse().map(fallback -> ready(fallback, row)).orElse(true);
        }
        return true;
    }

    private Object value(Mapping mapping, ObjectNode data, Map<String, Object> row) {
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
                    .map(pointer -> Json.number(data.at(pointer)).orElse(BigDecimal.ZERO))
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
        } else if (mapping instanceof Mapping.Constant constant) {
            return constant.value();
        } else if (mapping instanceof Mapping.Context lookup) {
            Object key = lookup.key().map(row::get).orElse(null);
            return (key == null ? Optional.<String>empty() : context.find(lookup.key().get(), key.toString(), lookup.name()))
                    .or(() -> context.own(lookup.name())).orElse(null);
        }
        return null; // Unavailable: the source has no such value.
    }

    private Object transform(Transform as, JsonNode node) {
        return switch (as) {
            case TEXT -> node.asText();
            case ID -> node.isNumber() ? node.bigIntegerValue().toString() : node.asText().strip();
            case URN_ID -> node.asText().substring(node.asText().lastIndexOf(':') + 1);
            case DECIMAL -> Json.number(node).orElseThrow();
            case INTEGER -> Json.number(node).orElseThrow().longValueExact();
            // Money: at least cents, more where the platform has them (12500000 → 12.50, 1234567 → 1.234567).
            case MICROS -> {
                BigDecimal units = Json.number(node).orElseThrow().movePointLeft(6).stripTrailingZeros();
                yield units.setScale(Math.max(2, units.scale()));
            }
            case DATE -> contract.date().parse(node.asText());
            case RESOURCE_SEGMENT, SUM_BY_ACTION_TYPE -> throw new IllegalStateException(as + " has a shape of its own");
        };
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
    private Object as(String column, Object value) {
        Column.Type type = contract.fact().column(column).map(Column::type).orElse(Column.Type.TEXT);
        if (value instanceof BigDecimal number && type == Column.Type.INTEGER) {
            return number.longValueExact();
        }
        if (value instanceof Long count && type == Column.Type.DECIMAL) {
            return BigDecimal.valueOf(count);
        }
        return value;
    }
}
