package net.adtelligent.contracts;

import com.fasterxml.jackson.core.JsonPointer;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a contract expects of one value in a source record: the subset of JSON Schema contracts
 * use (type, format, required, properties, items) plus {@code x-numeric-string}, because several
 * platforms send numbers as strings ("12.30") and the contract must say where that is normal.
 * Extra properties are always allowed: connectors add fields, and that is not a violation.
 */
public record FieldRule(
        Set<JsonType> types,
        boolean numericString,
        Optional<String> format,
        List<String> required,
        Map<String, FieldRule> properties,
        Optional<FieldRule> items) {

    public FieldRule {
        Objects.requireNonNull(types, "types");
        if (types.isEmpty()) {
            throw new IllegalArgumentException("a field rule names at least one type");
        }
        types = Collections.unmodifiableSet(EnumSet.copyOf(types));
        Objects.requireNonNull(format, "format");
        required = List.copyOf(required);
        properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
        Objects.requireNonNull(items, "items");
        if (!properties.keySet().containsAll(required)) {
            throw new IllegalArgumentException("required names a property that is not declared: " + required);
        }
    }

    public boolean accepts(JsonType type) {
        return types.contains(type) || (type == JsonType.INTEGER && types.contains(JsonType.NUMBER));
    }

    public boolean nullable() {
        return types.contains(JsonType.NULL);
    }

    /** Whether the value is a number, an integer, or a string the contract allows to hold one. */
    public boolean numeric() {
        return types.contains(JsonType.NUMBER) || types.contains(JsonType.INTEGER);
    }

    /**
     * The rule for the value a pointer reaches from here: a property of an object or the items of
     * an array ({@code /pivotValues/0}). Empty when the schema does not declare it.
     */
    public Optional<FieldRule> find(JsonPointer pointer) {
        if (pointer.matches()) {
            return Optional.of(this);
        }
        if (types.contains(JsonType.OBJECT) && properties.containsKey(pointer.getMatchingProperty())) {
            return properties.get(pointer.getMatchingProperty()).find(pointer.tail());
        }
        if (types.contains(JsonType.ARRAY) && pointer.getMatchingIndex() >= 0 && items.isPresent()) {
            return items.get().find(pointer.tail());
        }
        return Optional.empty();
    }

    /**
     * This rule with the value at {@code pointer} no longer required (its type stays as it was): how a
     * {@link Variant} says that some connector versions leave a field out.
     */
    public FieldRule optional(JsonPointer pointer) {
        if (pointer.matches()) {
            return this;
        }
        String name = pointer.getMatchingProperty();
        JsonPointer tail = pointer.tail();
        if (tail == null || tail.matches()) {
            return new FieldRule(types, numericString, format, required.stream().filter(r -> !r.equals(name)).toList(),
                    properties, items);
        }
        if (properties.containsKey(name)) {
            Map<String, FieldRule> changed = new LinkedHashMap<>(properties);
            changed.put(name, properties.get(name).optional(tail));
            return new FieldRule(types, numericString, format, required, changed, items);
        }
        if (pointer.getMatchingIndex() >= 0 && items.isPresent()) {
            return new FieldRule(types, numericString, format, required, properties, Optional.of(items.get().optional(tail)));
        }
        return this;
    }
}
