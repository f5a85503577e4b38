package net.adtelligent.contracts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;

/**
 * Reads JSON Lines one line at a time, so memory stays flat whatever the file size. A line is an
 * Airbyte message ({@code {"type":"RECORD","record":{...}}}; other message types are skipped), a
 * record envelope ({@code {"stream","data","emitted_at"}}) or a bare data object.
 */
public final class RecordReader implements Iterator<SourceRecord> {

    // Exact decimals: "12.30" must stay 12.30, and 0.1 + 0.2 must be 0.3 when rows are summed.
    static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));

    private static final Set<String> OTHER_MESSAGES =
            Set.of("STATE", "LOG", "TRACE", "SPEC", "CATALOG", "CONNECTION_STATUS", "CONTROL", "DESTINATION_CATALOG");

    private final BufferedReader lines;
    private long lineNumber;
    private SourceRecord next;

    public RecordReader(Reader in) {
        this.lines = in instanceof BufferedReader buffered ? buffered : new BufferedReader(in);
    }

    @Override
    public boolean hasNext() {
        try {
            while (next == null) {
                String line = lines.readLine();
                if (line == null) {
                    return false;
                }
                lineNumber++;
                next = line.isBlank() ? null : parse(lineNumber, line);
            }
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read line " + (lineNumber + 1), e);
        }
    }

    @Override
    public SourceRecord next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        SourceRecord record = next;
        next = null;
        return record;
    }

    /** The record a line holds; null for an Airbyte message that is not a record. */
    static SourceRecord parse(long line, String text) {
        JsonNode node;
        try {
            node = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            return SourceRecord.unreadable(line, "not JSON: " + e.getOriginalMessage());
        }
        if (!(node instanceof ObjectNode object)) {
            return SourceRecord.unreadable(line, "a JSON " + node.getNodeType().name().toLowerCase() + ", not an object");
        }
        String type = object.path("type").asText("");
        if ("RECORD".equals(type) && object.get("record") instanceof ObjectNode record) {
            return envelope(line, record);
        }
        if (OTHER_MESSAGES.contains(type) && !object.has("data")) {
            return null;
        }
        if (object.get("data") instanceof ObjectNode && (object.has("stream") || object.has("emitted_at"))) {
            return envelope(line, object);
        }
        return new SourceRecord(line, Optional.empty(), Optional.of(object), Optional.empty(), Optional.empty());
    }

    private static SourceRecord envelope(long line, ObjectNode record) {
        if (!(record.get("data") instanceof ObjectNode data)) {
            return SourceRecord.unreadable(line, "an Airbyte record without a data object");
        }
        Optional<String> stream = Optional.ofNullable(record.get("stream")).filter(JsonNode::isTextual).map(JsonNode::asText);
        Optional<Instant> emitted = Optional.ofNullable(record.get("emitted_at"))
                .filter(JsonNode::canConvertToLong).map(at -> Instant.ofEpochMilli(at.asLong()));
        return new SourceRecord(line, stream, Optional.of(data), emitted, Optional.empty());
    }
}
