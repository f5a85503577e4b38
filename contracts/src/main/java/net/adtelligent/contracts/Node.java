package net.adtelligent.contracts;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A JSON value of a contract file together with the file and the dotted key path it sits at, so
 * every complaint while reading names both (see {@link ContractFileException}).
 */
final class Node {

    private final String file;
    private final String path;
    private final JsonNode json;

    Node(String file, String path, JsonNode json) {
        this.file = file;
        this.path = path;
        this.json = json;
    }

    String file() {
        return file;
    }

    JsonNode json() {
        return json;
    }

    ContractFileException fail(String problem) {
        return new ContractFileException(file, path.isEmpty() ? "(top level)" : path, problem);
    }

    /** The value under {@code key}, which must be there (it may be JSON null: check {@link #isNull()}). */
    Node required(String key) {
        if (!object().json.has(key)) {
            return child(key).failed("missing required key");
        }
        return child(key);
    }

    /** The value under {@code key} when it is there and not null. */
    Optional<Node> optional(String key) {
        JsonNode value = object().json.get(key);
        return value == null || value.isNull() ? Optional.empty() : Optional.of(child(key));
    }

    boolean isNull() {
        return json.isNull();
    }

    /** Refuses keys outside {@code known}: a misspelt key would otherwise be silently ignored. */
    Node allowOnly(Set<String> known) {
        object().json.fieldNames().forEachRemaining(name -> {
            if (!known.contains(name)) {
                child(name).failed("unknown key (known here: " + String.join(", ", known.stream().sorted().toList()) + ")");
            }
        });
        return this;
    }

    String text() {
        if (!json.isTextual() || json.asText().isBlank()) {
            return failed("expected a non-empty string, found " + json);
        }
        return json.asText();
    }

    int nonNegativeInt() {
        if (!json.isIntegralNumber() || !json.canConvertToInt() || json.asInt() < 0) {
            return failed("expected a whole number of zero or more, found " + json);
        }
        return json.asInt();
    }

    boolean bool() {
        if (!json.isBoolean()) {
            return failed("expected true or false, found " + json);
        }
        return json.asBoolean();
    }

    JsonPointer pointer() {
        String text = text();
        if (!text.startsWith("/")) {
            return failed("expected a JSON pointer starting with '/', found \"" + text + "\"");
        }
        return JsonPointer.compile(text);
    }

    List<Node> elements() {
        if (!json.isArray()) {
            return failed("expected a list, found " + json);
        }
        List<Node> elements = new ArrayList<>();
        for (int i = 0; i < json.size(); i++) {
            elements.add(new Node(file, path + "[" + i + "]", json.get(i)));
        }
        return elements;
    }

    List<Node> nonEmptyElements() {
        List<Node> elements = elements();
        return elements.isEmpty() ? failed("expected at least one entry") : elements;
    }

    /** The members of an object, in file order. */
    Map<String, Node> fields() {
        Map<String, Node> fields = new LinkedHashMap<>();
        object().json.fieldNames().forEachRemaining(name -> fields.put(name, child(name)));
        return fields;
    }

    Node child(String key) {
        return new Node(file, path.isEmpty() ? key : path + "." + key, json.path(key));
    }

    private Node object() {
        return json.isObject() ? this : failed("expected an object, found " + json);
    }

    <T> T failed(String problem) {
        throw fail(problem);
    }
}
