package net.adtelligent.domain.audit;

import io.vavr.control.Option;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import net.adtelligent.domain.identity.UserId;
import net.adtelligent.domain.tenant.TenantId;

/**
 * Who did what, when, to which resource. Append-only. Events without a tenant (logins, token
 * revocations, password resets) concern an account; the others belong to one tenant.
 * Details never carry secrets: no passwords, tokens or hashes.
 */
public record AuditEvent(UUID id, Option<TenantId> tenantId, Option<UserId> actor, String action,
                         String targetType, String targetId, ClientInfo client, Instant at,
                         Map<String, String> details) {

    public AuditEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(targetType, "targetType");
        Objects.requireNonNull(targetId, "targetId");
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(at, "at");
        details = Map.copyOf(details);
    }
}
