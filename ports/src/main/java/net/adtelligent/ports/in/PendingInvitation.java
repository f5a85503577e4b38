package net.adtelligent.ports.in;

import java.time.Instant;
import net.adtelligent.domain.identity.Email;
import net.adtelligent.domain.identity.Invitation;
import net.adtelligent.domain.identity.InvitationId;
import net.adtelligent.domain.identity.Role;
import net.adtelligent.domain.identity.UserId;

/** An invitation not yet accepted, revoked or expired, as its tenant's admins see it: never its token. */
public record PendingInvitation(InvitationId id, Email email, Role role, UserId invitedBy, Instant issuedAt,
                                Instant expiresAt) {

    public static PendingInvitation of(Invitation invitation) {
        return new PendingInvitation(invitation.id(), invitation.email(), invitation.role(), invitation.invitedBy(),
                invitation.issuedAt(), invitation.expiresAt());
    }
}
