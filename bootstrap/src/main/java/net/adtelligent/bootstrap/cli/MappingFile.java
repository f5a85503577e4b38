package net.adtelligent.bootstrap.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vavr.control.Option;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import net.adtelligent.bootstrap.ConfigurationException;
import net.adtelligent.ports.in.CsvUploads.MappingRequest;

/** A mapping file: the same JSON object the HTTP mapping step takes. Its values are checked by the use case. */
final class MappingFile {

    private static final Set<String> KEYS = Set.of("columns", "currency", "date_order", "account_id", "source",
            "platform");

    private MappingFile() {
    }

    static MappingRequest read(Path file) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(file.toFile());
        } catch (NoSuchFileException e) {
            throw new ConfigurationException("--mapping: no such file: " + file);
        } catch (IOException e) {
            throw new ConfigurationException("--mapping " + file + " is not JSON: " + e.getMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new ConfigurationException("--mapping " + file + " must hold one JSON object");
        }
        root.fieldNames().forEachRemaining(key -> {
            if (!KEYS.contains(key)) {
                throw new ConfigurationException("--mapping: unknown key '" + key + "'; the keys are " + String.join(", ", KEYS));
            }
        });
        return new MappingRequest(columns(root.get("columns")), text(root, "currency"), text(root, "date_order"),
                text(root, "account_id"), text(root, "source"), text(root, "platform"));
    }

    private static Option<Map<String, String>> columns(JsonNode node) {
        if (node == null || node.isNull()) {
            return Option.none();
        }
        if (!node.isObject()) {
            throw new ConfigurationException("--mapping: columns must be an object of field to column name");
        }
        Map<String, String> columns = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            if (!entry.getValue().isTextual()) {
                throw new ConfigurationException("--mapping: columns." + entry.getKey() + " must be a column name (text)");
            }
            columns.put(entry.getKey(), entry.getValue().asText());
        }
        return Option.of(columns);
    }

    private static Option<String> text(JsonNode root, String key) {
        JsonNode value = root.get(key);
        if (value == null || value.isNull()) {
            return Option.none();
        }
        if (!value.isTextual()) {
            throw new ConfigurationException("--mapping: " + key + " must be text");
        }
        return Option.of(value.asText());
    }
}
