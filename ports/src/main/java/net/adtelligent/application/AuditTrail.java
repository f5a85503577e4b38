package net.adtelligent.application;

import io.vavr.control.Option;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import net.adtelligent.domain.audit.AuditEvent;
import net.adtelligent.domain.audit.ClientInfo;
import net.adtelligent.domain.identity.UserId;
import net.adtelligent.domain.tenant.TenantId;
import net.adtelligent.ports.in.Actor;
import net.adtelligent.ports.out.AuditLog;

/** Writes audit events for the use cases, stamping id and time. */
final class AuditTrail {

    private final AuditLog log;
    private final Clock clock;

    AuditTrail(AuditLog log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    void tenant(Actor actor, TenantId tenant, String action, String targetType, String targetId, Map<String, String> details) {
        write(Option.of(tenant), actor.user(), actor.client(), action, targetType, targetId, details);
    }

    void account(Option<UserId> actor, ClientInfo client, String action, String targetType, String targetId,
                 Map<String, String> details) {
        write(Option.none(), actor, client, action, targetType, targetId, details);
    }

    private void write(Option<TenantId> tenant, Option<UserId> actor, ClientInfo client, String action,
                       String targetType, String targetId, Map<String, String> details) {
        log.record(new AuditEvent(UUID.randomUUID(), tenant, actor, action, targetType, targetId, client,
                clock.instant(), details));
    }
}
