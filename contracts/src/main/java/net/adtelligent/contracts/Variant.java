package net.adtelligent.contracts;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How records of older connector versions differ from the shape a contract's schema describes, as
 * data (docs/contracts.md, "Versions and variants"): the stream's name in those versions, where a
 * field sat before it was renamed or moved, and which fields those versions do not carry. A record
 * of such a version is reshaped into the contract's shape before it is checked and mapped, so
 * every version yields the same unified rows.
 *
 * @param name     what sets these versions apart, for reports ("before string_of_pivot_values")
 * @param versions the connector versions this variant covers, e.g. {@code >=2.0,<5.0}
 * @param stream   the Airbyte stream's name in those versions, when it differs
 * @param fields   a field of the contract's shape → where those versions keep it, first found wins
 * @param optional fields the contract requires that those versions may leave out
 */
public record Variant(String name, String versions, Optional<String> stream, Map<JsonPointer, List<JsonPointer>> fields,
                      List<JsonPointer> optional) {

    public Variant {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(versions, "versions");
        Objects.requireNonNull(stream, "stream");
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        optional = List.copyOf(optional);
    }

    /**
     * The record in the contract's shape: a field the record lacks is filled from its first
     * alternative that the record has. The record itself is left as it was.
     */
    ObjectNode reshape(ObjectNode data) {
        ObjectNode shaped = null;
        for (Map.Entry<JsonPointer, List<JsonPointer>> field : fields.entrySet()) {
            if (!data.at(field.getKey()).isMissingNode()) {
                continue;
            }
            for (JsonPointer alternative : field.getValue()) {
                JsonNode found = data.at(alternative);
                if (!found.isMissingNode()) {
                    shaped = shaped == null ? data.deepCopy() : shaped;
                    put(shaped, field.getKey(), found.deepCopy());
                    break;
                }
            }
        }
        return shaped == null ? data : shaped;
    }

    // Sets the value at a pointer, making the objects and arrays on the way (/pivotValues/0 makes an array).
    private static void put(JsonNode container, JsonPointer pointer, JsonNode value) {
        JsonPointer tail = pointer.tail();
        boolean last = tail == null || tail.matches();
        if (container instanceof ObjectNode object) {
            String name = pointer.getMatchingProperty();
            if (last) {
                object.set(name, value);
                return;
            }
            JsonNode next = object.get(name);
            if (next == null || !next.isContainerNode()) {
                next = tail.getMatchingIndex() >= 0 ? object.putArray(name) : object.putObject(name);
            }
            put(next, tail, value);
        } else if (container instanceof ArrayNode array && pointer.getMatchingIndex() >= 0) {
            int index = pointer.getMatchingIndex();
            while (array.size() <= index) {
                array.addNull();
            }
            if (last) {
                array.set(index, value);
                return;
            }
            JsonNode next = array.get(index);
            if (!next.isContainerNode()) {
                next = tail.getMatchingIndex() >= 0 ? array.arrayNode() : array.objectNode();
                array.set(index, next);
            }
            put(next, tail, value);
        }
    }
}
