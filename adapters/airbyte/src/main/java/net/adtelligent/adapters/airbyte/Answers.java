package net.adtelligent.adapters.airbyte;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import net.adtelligent.ports.out.AirbyteOrchestration.AirbyteJob;
import net.adtelligent.ports.out.AirbyteOrchestration.JobStatus;
import net.adtelligent.ports.out.AirbyteOrchestration.JobType;
import net.adtelligent.ports.out.AirbyteProvisioning.AirbyteConnection;
import net.adtelligent.ports.out.AirbyteProvisioning.AirbyteSource;
import net.adtelligent.ports.out.AirbyteProvisioning.StreamChoice;
import net.adtelligent.ports.out.AirbyteProvisioning.SyncMode;

/**
 * Airbyte's answers (SourceResponse, ConnectionResponse, JobResponse) read into the ports' records.
 * A field the API documents as required that is missing or of the wrong kind is a broken answer,
 * reported as Airbyte unavailable with the field's name, never silently a null.
 */
final class Answers {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Answers() {
    }

    static AirbyteSource source(JsonNode body) {
        JsonNode configuration = body.get("configuration");
        Map<String, Object> fields = configuration == null || !configuration.isObject() ? Map.of()
                : JSON.convertValue(configuration, new TypeReference<Map<String, Object>>() { });
        return new AirbyteSource(text(body, "sourceId"), text(body, "name"), text(body, "definitionId"),
                text(body, "workspaceId"), fields);
    }

    static AirbyteConnection connection(JsonNode body) {
        JsonNode schedule = field(body, "schedule");
        String type = text(schedule, "scheduleType");
        Optional<String> cron = "cron".equals(type) ? Optional.of(text(schedule, "cronExpression")) : Optional.empty();
        Optional<String> namespace = "custom_format".equals(optionalText(body, "namespaceDefinition").orElse(""))
                ? optionalText(body, "namespaceFormat") : Optional.empty();
        return new AirbyteConnection(text(body, "connectionId"), text(body, "name"), text(body, "sourceId"),
                text(body, "destinationId"), "active".equals(text(body, "status")), cron, namespace,
                optionalText(body, "prefix"), streams(body));
    }

    /** The selected streams with their sync modes; a mode this adapter does not use is skipped. */
    private static List<StreamChoice> streams(JsonNode body) {
        JsonNode streams = body.path("configurations").path("streams");
        List<StreamChoice> chosen = new ArrayList<>();
        if (streams.isArray()) {
            streams.forEach(stream -> {
                Optional<SyncMode> mode = optionalText(stream, "syncMode").flatMap(SyncMode::ofWire);
                mode.ifPresent(known -> chosen.add(new StreamChoice(text(stream, "name"), known)));
            });
        }
        return chosen;
    }

    static AirbyteJob job(JsonNode body) {
        JsonNode id = field(body, "jobId");
        if (!id.canConvertToLong() || !id.isIntegralNumber()) {
            throw broken("jobId", "is not a whole number");
        }
        return new AirbyteJob(id.asLong(), text(body, "connectionId"), choice(body, "jobType", JobType.class),
                choice(body, "status", JobStatus.class), instant(body, "startTime"),
                optionalText(body, "lastUpdatedAt").map(at -> parseInstant("lastUpdatedAt", at)),
                optionalText(body, "duration").map(Answers::duration),
                count(body, "rowsSynced"), count(body, "bytesSynced"));
    }

    static JsonNode field(JsonNode body, String name) {
        JsonNode value = body == null ? null : body.get(name);
        if (value == null || value.isNull()) {
            throw broken(name, "is missing");
        }
        return value;
    }

    static String text(JsonNode body, String name) {
        JsonNode value = field(body, name);
        if (!value.isTextual()) {
            throw broken(name, "is not text");
        }
        return value.asText();
    }

    private static Optional<String> optionalText(JsonNode body, String name) {
        JsonNode value = body.get(name);
        return value == null || value.isNull() ? Optional.empty() : Optional.of(text(body, name));
    }

    private static long count(JsonNode body, String name) {
        JsonNode value = body.get(name);
        if (value == null || value.isNull()) {
            return 0;
        }
        if (!value.isIntegralNumber() || value.asLong() < 0) {
            throw broken(name, "is not a count");
        }
        return value.asLong();
    }

    private static <E extends Enum<E>> E choice(JsonNode body, String name, Class<E> type) {
        String value = text(body, name);
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw broken(name, "is '" + value + "', not one the API documents");
        }
    }

    private static Instant instant(JsonNode body, String name) {
        return parseInstant(name, text(body, name));
    }

    private static Instant parseInstant(String name, String value) {
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException bad) {
            throw broken(name, "is not a date-time");
        }
    }

    private static Duration duration(String value) {
        try {
            return Duration.parse(value);
        } catch (DateTimeParseException bad) {
            throw broken("duration", "is not an ISO-8601 duration");
        }
    }

    static AirbyteUnavailableException broken(String field, String problem) {
        return AirbyteUnavailableException.lasting("Airbyte's answer does not match its API: " + field + " " + problem, null);
    }
}
