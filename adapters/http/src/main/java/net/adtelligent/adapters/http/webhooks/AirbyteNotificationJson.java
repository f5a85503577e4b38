package net.adtelligent.adapters.http.webhooks;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import io.vavr.control.Either;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import net.adtelligent.adapters.http.web.Json;
import net.adtelligent.domain.FieldViolation;
import net.adtelligent.ports.in.SyncNotifications.JobNotice;

/**
 * Reads Airbyte's sync notification, a Slack-shaped body: {@code text} for people and {@code data}
 * with workspace, connection, source and destination (each id, name, url), jobId, success,
 * timestamps, byte and record counts and, for failures, errorMessage. Only the connection's id,
 * the job id and success are read; every other field may come, go or change without harm.
 * A well-formed notification is read in one pass over the tokens, building no tree (most of the
 * webhook's own cost per delivery was the tree); anything else is read again as a tree, which
 * names what is wrong, so both ways refuse and accept exactly the same bodies.
 */
final class AirbyteNotificationJson {

    private AirbyteNotificationJson() {
    }

    static Either<List<FieldViolation>, JobNotice> read(byte[] body) {
        JobNotice notice = streamed(body);
        return notice != null ? Either.right(notice) : explained(body);
    }

    /**
     * The notice of a body that is one JSON object (no trailing tokens, no repeated names: the
     * mapper's parser refuses them) whose data carries a canonical UUID connection id, a
     * non-negative long jobId and a boolean success; null for any other body.
     */
    private static JobNotice streamed(byte[] body) {
        try (JsonParser parser = Json.mapper().createParser(body)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            JobNotice notice = null;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                boolean data = "data".equals(parser.currentName());
                JsonToken value = parser.nextToken();
                if (data) {
                    if (value != JsonToken.START_OBJECT) {
                        return null;
                    }
                    notice = data(parser);
                    if (notice == null) {
                        return null;
                    }
                } else {
                    parser.skipChildren();
                }
            }
            return parser.nextToken() == null ? notice : null;
        } catch (IOException malformed) {
            return null;
        }
    }

    /** Reads the data object the parser has just entered, to its end. */
    private static JobNotice data(JsonParser parser) throws IOException {
        String connection = null;
        long job = -1;
        Boolean success = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            if ("connection".equals(name) && value == JsonToken.START_OBJECT) {
                connection = connectionId(parser);
            } else if ("jobId".equals(name) && value == JsonToken.VALUE_NUMBER_INT
                    && parser.getNumberType() != JsonParser.NumberType.BIG_INTEGER) {
                job = parser.getLongValue();
            } else if ("success".equals(name) && value.isBoolean()) {
                success = value == JsonToken.VALUE_TRUE;
            } else {
                parser.skipChildren();
            }
        }
        if (connection == null || !uuid(connection) || job < 0 || success == null) {
            return null;
        }
        return new JobNotice(connection, job, success);
    }

    /** The id of the connection object the parser has just entered, read to its end; null when not a string. */
    private static String connectionId(JsonParser parser) throws IOException {
        String id = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            boolean named = "id".equals(parser.currentName());
            JsonToken value = parser.nextToken();
            if (named && value == JsonToken.VALUE_STRING) {
                id = parser.getText();
            } else {
                parser.skipChildren();
            }
        }
        return id;
    }

    private static Either<List<FieldViolation>, JobNotice> explained(byte[] body) {
        JsonNode root;
        try {
            root = Json.mapper().readTree(body);
        } catch (IOException notJson) {
            return refused("body", "is not valid JSON");
        }
        if (root == null || !root.isObject()) {
            return refused("body", "must be a JSON object with a data object (Airbyte's sync notification)");
        }
        JsonNode data = root.path("data");
        if (!data.isObject()) {
            return refused("data", "must be an object");
        }
        List<FieldViolation> violations = new ArrayList<>();
        JsonNode connection = data.path("connection").path("id");
        if (connection.isMissingNode() || connection.isNull()) {
            violations.add(new FieldViolation("data.connection.id", "is required"));
        } else if (!connection.isTextual() || !uuid(connection.asText())) {
            violations.add(new FieldViolation("data.connection.id", "must be a UUID string"));
        }
        JsonNode job = data.path("jobId");
        if (job.isMissingNode() || job.isNull()) {
            violations.add(new FieldViolation("data.jobId", "is required"));
        } else if (!job.isIntegralNumber() || !job.canConvertToLong() || job.asLong() < 0) {
            violations.add(new FieldViolation("data.jobId", "must be a non-negative integer"));
        }
        JsonNode success = data.path("success");
        if (success.isMissingNode() || success.isNull()) {
            violations.add(new FieldViolation("data.success", "is required"));
        } else if (!success.isBoolean()) {
            violations.add(new FieldViolation("data.success", "must be true or false"));
        }
        if (!violations.isEmpty()) {
            return Either.left(List.copyOf(violations));
        }
        return Either.right(new JobNotice(connection.asText(), job.asLong(), success.asBoolean()));
    }

    private static Either<List<FieldViolation>, JobNotice> refused(String field, String reason) {
        return Either.left(List.of(new FieldViolation(field, reason)));
    }

    private static boolean uuid(String text) {
        try {
            return UUID.fromString(text).toString().equalsIgnoreCase(text);
        } catch (IllegalArgumentException notUuid) {
            return false;
        }
    }
}
