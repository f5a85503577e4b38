package net.adtelligent.contracts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * A short digest of the parts of a contract file that shape its unified output (fact, grain, date,
 * time zone, day aggregation, mapping, variants; the date's worked example aside). The changelog records it per version, so changing how a
 * column is computed without a new version fails a test, not just adding or dropping a column.
 * Key order and whitespace do not count; values do.
 */
final class Fingerprint {

    private static final List<String> OUTPUT_KEYS = List.of("fact", "grain", "date", "time_zone", "aggregate_to_day", "mapping");
    private static final List<String> RESHAPING_KEYS = List.of("fields", "optional");
    private static final ObjectMapper CANONICAL = new ObjectMapper().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    private Fingerprint() {
    }

    static String of(JsonNode contract) {
        ObjectNode output = CANONICAL.createObjectNode();
        OUTPUT_KEYS.forEach(key -> output.set(key, contract.path(key).deepCopy()));
        // How a variant reshapes older versions' records decides what they yield; its name, stream
        // and schema location do not. A contract whose variants reshape nothing keeps its digest.
        ArrayNode reshaping = CANONICAL.createArrayNode();
        contract.path("variants").forEach(variant -> {
            ObjectNode kept = CANONICAL.createObjectNode();
            RESHAPING_KEYS.stream().filter(variant::has).forEach(key -> kept.set(key, variant.get(key).deepCopy()));
            if (!kept.isEmpty()) {
                kept.set("versions", variant.path("versions").deepCopy());
                reshaping.add(kept);
            }
        });
        if (!reshaping.isEmpty()) {
            output.set("variants", reshaping);
        }
        // The worked example documents the format; it does not shape the output.
        if (output.get("date") instanceof ObjectNode date) {
            date.remove("example");
        }
        try {
            byte[] canonical = CANONICAL.writeValueAsBytes(CANONICAL.treeToValue(output, Object.class));
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical);
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException | JsonProcessingException e) {
            throw new IllegalStateException("cannot fingerprint a contract that has already been read", e);
        }
    }
}
