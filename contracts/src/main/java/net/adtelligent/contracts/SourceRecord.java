package net.adtelligent.contracts;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One record read from an input line: its data, the Airbyte stream it names (if the line said),
 * when it was extracted (Airbyte's {@code emitted_at}, if given) and the line it came from, for
 * reports. A line that is not a JSON object has no data and says why in {@code unreadable}.
 */
public record SourceRecord(long line, Optional<String> stream, Optional<ObjectNode> data,
                           Optional<Instant> emittedAt, Optional<String> unreadable) {

    public SourceRecord {
        Objects.requireNonNull(stream, "stream");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(emittedAt, "emittedAt");
        Objects.requireNonNull(unreadable, "unreadable");
        if (data.isPresent() == unreadable.isPresent()) {
            throw new IllegalArgumentException("a record has data or is unreadable, not both");
        }
    }

    public static SourceRecord of(ObjectNode data) {
        return new SourceRecord(0, Optional.empty(), Optional.of(data), Optional.empty(), Optional.empty());
    }

    static SourceRecord unreadable(long line, String why) {
        return new SourceRecord(line, Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(why));
    }
}
