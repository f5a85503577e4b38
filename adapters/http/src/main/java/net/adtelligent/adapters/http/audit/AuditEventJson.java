package net.adtelligent.adapters.http.audit;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import net.adtelligent.adapters.http.web.Json;
import net.adtelligent.domain.audit.AuditEvent;
import net.adtelligent.domain.identity.UserId;

/** An audit event as the API shows it, in JSON and, cell by cell in the same order, in CSV. */
record AuditEventJson(UUID id, Instant at, UUID actor, String action, String targetType, String targetId,
                      String clientAddress, String userAgent, String correlationId, Map<String, String> details) {

    static final List<String> CSV_HEADER = List.of("id", "at", "actor", "action", "target_type", "target_id",
            "client_address", "user_agent", "correlation_id", "details");

    static AuditEventJson of(AuditEvent event) {
        return new AuditEventJson(event.id(), event.at(), event.actor().map(UserId::value).getOrNull(), event.action(),
                event.targetType(), event.targetId(), event.client().address(), event.client().userAgent(),
                event.client().correlationId(), new TreeMap<>(event.details()));
    }

    /** details stays one cell holding its JSON object: its keys differ from event to event. */
    List<String> csvCells() {
        return List.of(id.toString(), at.toString(), actor == null ? "" : actor.toString(), action, targetType, targetId,
                clientAddress, userAgent, correlationId, new String(Json.bytes(details), java.nio.charset.StandardCharsets.UTF_8));
    }
}
