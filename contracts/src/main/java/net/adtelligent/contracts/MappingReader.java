package net.adtelligent.contracts;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a contract's {@code mapping}: unified column to source expression. Which shape an
 * expression has is decided by its one leading key (field, const, context, unavailable,
 * sum_fields); anything else is refused with the column named.
 */
final class MappingReader {

    private static final Set<String> SHAPES = Set.of("field", "const", "context", "unavailable", "sum_fields");
    private static final Pattern SETTING = Pattern.compile("[a-z0-9_]+\\.[a-z0-9_]+");

    private MappingReader() {
    }

    static Map<String, Mapping> read(Node mapping, Fact fact) {
        Map<String, Mapping> byColumn = new LinkedHashMap<>();
        mapping.fields().forEach((column, expression) -> {
            Column known = fact.column(column).orElseGet(() -> expression.failed("unknown unified column for "
                    + fact.id() + " (known: " + String.join(", ", fact.mappedColumns().stream().map(Column::name).toList()) + ")"));
            if (known.role() == Column.Role.ENVELOPE) {
                expression.failed("filled by the normaliser for every row, not mapped");
            }
            byColumn.put(column, expression(expression));
        });
        // Keep the fact's column order whatever the file's order, so outputs and fingerprints are stable.
        Map<String, Mapping> ordered = new LinkedHashMap<>();
        fact.columns().forEach(column -> Optional.ofNullable(byColumn.get(column.name()))
                .ifPresent(found -> ordered.put(column.name(), found)));
        return ordered;
    }

    static Mapping expression(Node node) {
        List<String> shapes = SHAPES.stream().filter(shape -> node.json().has(shape)).sorted().toList();
        if (shapes.size() != 1) {
            return node.failed("expected exactly one of " + String.join(", ", SHAPES.stream().sorted().toList())
                    + (shapes.isEmpty() ? "" : ", found " + String.join(" and ", shapes)));
        }
        return switch (shapes.get(0)) {
            case "field" -> field(node.allowOnly(Set.of("field", "as", "after", "action_types", "or")));
            case "const" -> constant(node.allowOnly(Set.of("const")).required("const"));
            case "context" -> new Mapping.Context(node.allowOnly(Set.of("context", "key")).required("context").text(),
                    node.optional("key").map(Node::text));
            case "unavailable" -> new Mapping.Unavailable(node.allowOnly(Set.of("unavailable")).required("unavailable").text());
            default -> new Mapping.SumOfFields(selection(node.allowOnly(Set.of("sum_fields")).required("sum_fields"), true));
        };
    }

    private static Mapping field(Node node) {
        Node as = node.required("as");
        Transform transform = Transform.byId(as.text()).orElseGet(() ->
                as.failed("unknown transform \"" + as.text() + "\" (known: " + Transform.known() + ")"));
        expectOnlyFor(node, "after", transform, Transform.RESOURCE_SEGMENT);
        expectOnlyFor(node, "action_types", transform, Transform.SUM_BY_ACTION_TYPE);
        Optional<Mapping> orElse = node.optional("or").map(MappingReader::expression);
        return switch (transform) {
            case RESOURCE_SEGMENT -> new Mapping.ResourceSegment(node.required("field").pointer(),
                    node.required("after").text(), orElse);
            case SUM_BY_ACTION_TYPE -> {
                if (orElse.isPresent()) {
                    node.child("or").failed("not for sum_by_action_type: an absent array already sums to zero");
                }
                yield new Mapping.SumByActionType(node.required("field").pointer(),
                        selection(node.required("action_types"), false));
            }
            default -> new Mapping.Field(node.required("field").pointer(), transform, orElse);
        };
    }

    private static void expectOnlyFor(Node node, String key, Transform actual, Transform owner) {
        boolean present = node.json().has(key);
        if (present && actual != owner) {
            node.child(key).failed("only for as=" + owner.id());
        }
        if (!present && actual == owner) {
            node.required(key);
        }
    }

    private static Mapping constant(Node value) {
        if (value.json().isTextual()) {
            return new Mapping.Constant(value.text());
        }
        if (value.json().isNumber()) {
            return new Mapping.Constant(new BigDecimal(value.json().asText()));
        }
        return value.failed("expected a string or a number, found " + value.json());
    }

    private static Selection selection(Node node, boolean pointers) {
        node.allowOnly(Set.of("setting", "default"));
        Node setting = node.required("setting");
        if (!SETTING.matcher(setting.text()).matches()) {
            setting.failed("expected <platform>.<name> in lower case, found \"" + setting.text() + "\"");
        }
        List<String> defaults = node.required("default").nonEmptyElements().stream()
                .map(entry -> pointers ? entry.pointer().toString() : entry.text())
                .toList();
        return new Selection(setting.text(), defaults);
    }
}
