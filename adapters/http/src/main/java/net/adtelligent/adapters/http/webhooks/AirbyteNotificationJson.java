package net.adtelligent.adapters.http.webhooks;

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
 */
final class AirbyteNotificationJson {

    private AirbyteNotificationJson() {
    }

    static Either<List<FieldViolation>, JobNotice> read(byte[] body) {
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
