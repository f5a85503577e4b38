package net.adtelligent.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** How JSON values meet schema types, shared by the validator and the normaliser so both agree. */
final class Json {

    private static final int SHOWN = 40;

    private Json() {
    }

    static JsonType typeOf(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return JsonType.NULL;
        } else if (value.isTextual()) {
            return JsonType.STRING;
        } else if (value.isBoolean()) {
            return JsonType.BOOLEAN;
        } else if (value.isObject()) {
            return JsonType.OBJECT;
        } else if (value.isArray()) {
            return JsonType.ARRAY;
        }
        // JSON Schema counts 12.0 as an integer.
        return value.isIntegralNumber() || value.decimalValue().stripTrailingZeros().scale() <= 0
                ? JsonType.INTEGER : JsonType.NUMBER;
    }

    static boolean fits(FieldRule rule, JsonNode value) {
        JsonType type = typeOf(value);
        if (rule.accepts(type)) {
            return true;
        }
        if (type == JsonType.STRING && rule.numericString()) {
            JsonType held = numericType(value.asText());
            return held != null && rule.accepts(held);
        }
        return false;
    }

    // Whether a numeric string holds an integer or another number; null if it holds none. Plain
    // decimals ("123", "-4.50"), nearly all there are, are read without making a BigDecimal.
    private static JsonType numericType(String text) {
        int length = text.length();
        int start = length > 1 && text.charAt(0) == '-' ? 1 : 0;
        int point = -1;
        boolean fraction = false;
        for (int i = start; i < length; i++) {
            char c = text.charAt(i);
            if (c == '.' && point < 0 && i > start && i < length - 1) {
                point = i;
            } else if (c < '0' || c > '9') {
                return number(text).map(n -> n.stripTrailingZeros().scale() <= 0 ? JsonType.INTEGER : JsonType.NUMBER)
                        .orElse(null);
            } else if (point >= 0 && c != '0') {
                fraction = true;
            }
        }
        return length == start ? null : fraction ? JsonType.NUMBER : JsonType.INTEGER;
    }

    /** The whole number a value holds; throws ArithmeticException if it has a fraction or no long holds it. */
    static long count(JsonNode value) {
        if (value.isTextual()) {
            String text = value.asText();
            int start = text.startsWith("-") ? 1 : 0;
            // Up to 18 digits always fit a long; anything else takes the general way.
            boolean plain = text.length() > start && text.length() - start <= 18;
            for (int i = start; plain && i < text.length(); i++) {
                plain = text.charAt(i) >= '0' && text.charAt(i) <= '9';
            }
            if (plain) {
                return Long.parseLong(text);
            }
        }
        return number(value).orElseThrow().longValueExact();
    }

    /** The number a value holds, a number or a numeric string; empty otherwise. */
    static Optional<BigDecimal> number(JsonNode value) {
        if (value != null && value.isNumber()) {
            return Optional.of(value.decimalValue());
        }
        return value != null && value.isTextual() ? number(value.asText()) : Optional.empty();
    }

    static Optional<BigDecimal> number(String text) {
        try {
            return Optional.of(new BigDecimal(text.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    static String expected(FieldRule rule) {
        List<String> names = new ArrayList<>();
        rule.types().stream().filter(type -> type != JsonType.NULL).forEach(type -> names.add(type.schemaName()));
        if (rule.numericString()) {
            names.add("numeric string");
        }
        if (rule.nullable()) {
            names.add("null");
        }
        return String.join(" or ", names);
    }

    static String describe(JsonNode value) {
        return switch (typeOf(value)) {
            case OBJECT -> "an object";
            case ARRAY -> "an array";
            case NULL -> "null";
            case STRING -> show(value.asText());
            default -> value.toString();
        };
    }

    static String show(String text) {
        String shown = text.length() > SHOWN ? text.substring(0, SHOWN) + "…" : text;
        return "\"" + shown + "\"";
    }

    /** A property name as a JSON pointer segment (RFC 6901). */
    static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }
}
