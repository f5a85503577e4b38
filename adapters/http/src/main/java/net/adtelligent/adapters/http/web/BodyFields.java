package net.adtelligent.adapters.http.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.adtelligent.domain.FieldViolation;

/**
 * Reads fields out of a JSON object body, collecting a violation per wrong field (named as in the
 * body) instead of failing on the first, so a client can fix every field in one go.
 */
public final class BodyFields {

    private final ObjectNode body;
    private final List<FieldViolation> violations = new ArrayList<>();

    public BodyFields(ObjectNode body) {
        this.body = body;
    }

    /** Refuses every field but the accepted ones; those that exist but are fixed say so. */
    public BodyFields acceptOnly(Set<String> accepted, Set<String> fixed) {
        body.fieldNames().forEachRemaining(name -> {
            if (fixed.contains(name)) {
                violations.add(new FieldViolation(name, "cannot be changed"));
            } else if (!accepted.contains(name)) {
                violations.add(new FieldViolation(name, "is not a known field"));
            }
        });
        return this;
    }

    /** Empty when the field is absent; a violation when it is there but not a string. */
    public Option<String> text(String field) {
        JsonNode value = body.get(field);
        if (value == null) {
            return Option.none();
        }
        if (!value.isTextual()) {
            violations.add(new FieldViolation(field, "must be a string"));
            return Option.none();
        }
        if (hasLoneSurrogate(value.textValue())) {
            // JSON escapes allow them, but they cannot be stored or written back as UTF-8.
            violations.add(new FieldViolation(field, "must be valid Unicode text"));
            return Option.none();
        }
        return Option.of(value.textValue());
    }

    /** Empty when the field is absent; a violation when it is there but not an array of strings. */
    Option<List<String>> texts(String field) {
        JsonNode value = body.get(field);
        if (value == null) {
            return Option.none();
        }
        List<String> texts = new ArrayList<>();
        if (value.isArray()) {
            value.forEach(item -> texts.add(item.isTextual() && !hasLoneSurrogate(item.textValue()) ? item.textValue() : null));
        }
        if (!value.isArray() || texts.contains(null)) {
            violations.add(new FieldViolation(field, "must be an array of strings"));
            return Option.none();
        }
        return Option.of(texts);
    }

    /** Empty when the field is absent; a violation when it is there but not an object of string values. */
    public Option<Map<String, String>> textMap(String field) {
        JsonNode value = body.get(field);
        if (value == null) {
            return Option.none();
        }
        Map<String, String> texts = new LinkedHashMap<>();
        if (value.isObject()) {
            value.properties().forEach(entry -> texts.put(entry.getKey(),
                    entry.getValue().isTextual() && !hasLoneSurrogate(entry.getValue().textValue())
                            && !hasLoneSurrogate(entry.getKey()) ? entry.getValue().textValue() : null));
        }
        if (!value.isObject() || texts.containsValue(null)) {
            violations.add(new FieldViolation(field, "must be an object whose values are strings"));
            return Option.none();
        }
        return Option.of(texts);
    }

    /** The field's text; a violation "is required" when it is absent (null is a wrong type, as for text). */
    public String required(String field) {
        if (!body.has(field)) {
            violations.add(new FieldViolation(field, "is required"));
            return null;
        }
        return text(field).getOrNull();
    }

    /** The field's strings; a violation "is required" when it is absent. */
    public List<String> requiredTexts(String field) {
        if (!body.has(field)) {
            violations.add(new FieldViolation(field, "is required"));
            return null;
        }
        return texts(field).getOrNull();
    }

    public void throwIfInvalid() {
        if (!violations.isEmpty()) {
            throw new ProblemException(Problem.validation(violations));
        }
    }

    private static boolean hasLoneSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }
}
