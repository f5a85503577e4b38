package net.adtelligent.adapters.dbt;

import com.fasterxml.jackson.databind.JsonNode;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** The few field shapes dbt's artifacts use, each failure naming the field. */
final class Fields {

    private Fields() {
    }

    static JsonNode required(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new ArtifactException("has no " + where + field);
        }
        return value;
    }

    static String text(JsonNode node, String field, String where) {
        JsonNode value = required(node, field, where);
        if (!value.isTextual()) {
            throw new ArtifactException("has a " + where + field + " that is not text");
        }
        return value.asText();
    }

    static String optionalText(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || !value.isTextual() ? "" : value.asText();
    }

    static Instant time(JsonNode node, String field, String where) {
        return parseTime(text(node, field, where)).getOrElseThrow(() ->
                new ArtifactException("has a " + where + field + " that is not a time"));
    }

    static Option<Instant> optionalTime(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || !value.isTextual() ? Option.none() : parseTime(value.asText());
    }

    /** Seconds as dbt writes them (a float); absent or not a number: zero. */
    static Duration seconds(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isNumber() || value.asDouble() < 0) {
            return Duration.ZERO;
        }
        return Duration.ofNanos(Math.round(value.asDouble() * 1_000_000_000d));
    }

    /**
     * dbt writes {@code 2024-05-02T06:01:12.345678Z}, Python's isoformat with an offset
     * ({@code +00:00}), or without one for a loaded-at column of no time zone, which dbt treats as UTC.
     */
    static Option<Instant> parseTime(String text) {
        try {
            return Option.of(OffsetDateTime.parse(text).toInstant());
        } catch (DateTimeParseException withoutOffset) {
            try {
                return Option.of(LocalDateTime.parse(text.replace(' ', 'T')).toInstant(ZoneOffset.UTC));
            } catch (DateTimeParseException neither) {
                return Option.none();
            }
        }
    }
}
