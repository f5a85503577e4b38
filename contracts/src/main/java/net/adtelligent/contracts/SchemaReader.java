package net.adtelligent.contracts;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the {@code schema} of a contract: the JSON Schema subset {@link FieldRule} models. Any other
 * keyword is refused rather than ignored, so nobody believes a {@code minimum} is being enforced.
 */
final class SchemaReader {

    private static final Set<String> KEYWORDS = Set.of("type", "format", "required", "properties", "items",
            "additionalProperties", "x-numeric-string", "description");
    private static final Set<String> FORMATS = Set.of("date", "date-time");

    private SchemaReader() {
    }

    static FieldRule read(Node node) {
        node.allowOnly(KEYWORDS);
        Set<JsonType> types = types(node.required("type"));
        boolean numericString = node.optional("x-numeric-string").map(Node::bool).orElse(false);
        if (numericString && (!(types.contains(JsonType.NUMBER) || types.contains(JsonType.INTEGER))
                || types.contains(JsonType.STRING))) {
            node.child("x-numeric-string").failed("only for a number or integer that is not also a string");
        }
        Optional<String> format = node.optional("format").map(SchemaReader::format);
        node.optional("additionalProperties").ifPresent(extra -> {
            if (!extra.bool()) {
                extra.failed("must be true: connectors add fields, and an extra field is not a violation");
            }
        });
        Map<String, FieldRule> properties = new LinkedHashMap<>();
        node.optional("properties").ifPresent(props -> {
            only(types, JsonType.OBJECT, props);
            props.fields().forEach((name, rule) -> properties.put(name, read(rule)));
        });
        List<String> required = new ArrayList<>();
        node.optional("required").ifPresent(names -> {
            only(types, JsonType.OBJECT, names);
            for (Node name : names.elements()) {
                if (!properties.containsKey(name.text())) {
                    name.failed("\"" + name.text() + "\" is required but not declared under properties");
                }
                required.add(name.text());
            }
        });
        Optional<FieldRule> items = node.optional("items").map(itemNode -> {
            only(types, JsonType.ARRAY, itemNode);
            return read(itemNode);
        });
        return new FieldRule(types, numericString, format, required, properties, items);
    }

    private static Set<JsonType> types(Node type) {
        List<Node> names = type.json().isArray() ? type.nonEmptyElements() : List.of(type);
        Set<JsonType> types = EnumSet.noneOf(JsonType.class);
        for (Node name : names) {
            types.add(JsonType.bySchemaName(name.text())
                    .orElseGet(() -> name.failed("unknown type \"" + name.text() + "\" (known: " + JsonType.known() + ")")));
        }
        return types;
    }

    private static String format(Node format) {
        if (!FORMATS.contains(format.text())) {
            return format.failed("unknown format \"" + format.text() + "\" (known: " + String.join(", ", FORMATS) + ")");
        }
        return format.text();
    }

    private static void only(Set<JsonType> types, JsonType needed, Node keyword) {
        if (!types.contains(needed)) {
            keyword.failed("only allowed where type includes " + needed.schemaName());
        }
    }
}
