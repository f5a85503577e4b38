package net.adtelligent.application;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import net.adtelligent.domain.audit.AuditAction;
import net.adtelligent.domain.identity.Email;
import net.adtelligent.domain.identity.Invitation;
import net.adtelligent.domain.tenant.TenantId;
import net.adtelligent.ports.in.Actor;
import net.adtelligent.ports.out.InvitationStore;

/**
 * Ends invitations that a newer decision about the same person made stale, each with its audit
 * event. Called inside the unit of the decision, so the decision and the revocations commit together.
 */
final class Revocations {

    /** Why an invitation was revoked, as the audit event's {@code reason} says. */
    enum Reason {
        SUPERSEDED, ROLE_CHANGED, MEMBER_REMOVED, ACCEPTED_ANOTHER, REVOKED;

        String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final InvitationStore invitations;
    private final AuditTrail audit;

    Revocations(InvitationStore invitations, AuditTrail audit) {
        this.invitations = invitations;
        this.audit = audit;
    }

    /** Every pending invitation of {@code email} into {@code tenant}. */
    void ofEmail(Actor actor, TenantId tenant, Email email, Reason reason, Instant now) {
        invitations.revokePending(tenant, email, now).forEach(revoked -> record(actor, revoked, reason));
    }

    void record(Actor actor, Invitation revoked, Reason reason) {
        audit.tenant(actor, revoked.tenantId(), AuditAction.INVITATION_REVOKED, "invitation", revoked.id().toString(),
                Map.of("email", revoked.email().value(), "role", revoked.role().wireName(), "reason", reason.wireName()));
    }
}
