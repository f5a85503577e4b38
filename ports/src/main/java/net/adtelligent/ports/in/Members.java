package net.adtelligent.ports.in;

import io.vavr.control.Either;
import java.util.List;
import net.adtelligent.domain.Rejection;
import net.adtelligent.domain.audit.ClientInfo;
import net.adtelligent.domain.identity.InvitationId;
import net.adtelligent.domain.identity.Membership;
import net.adtelligent.domain.identity.UserId;
import net.adtelligent.domain.tenant.Slug;

/** A tenant's members: invitations, roles, removal. Every call is checked against the role matrix. */
public interface Members {

    Either<Rejection, List<MemberView>> list(Actor actor, Slug tenant);

    /**
     * Invites an email with a role; the invitee gets a single-use link by mail. Revokes the email's
     * older pending invitations into this tenant: the newest one is the one that counts.
     */
    Either<Rejection, InvitationSent> invite(Actor actor, Slug tenant, String email, String role);

    /**
     * Accepts an invitation: creates the account with this password, or joins an existing one. The
     * role is granted as a role change by the invitation's sender would be, today: refused when the
     * sender is no longer a member who may grant it, or when it would take the tenant's last owner.
     */
    Either<Rejection, InvitationAccepted> acceptInvitation(String token, String password, ClientInfo client);

    /** Changes a member's role, and revokes their email's pending invitations into this tenant. */
    Either<Rejection, Membership> changeRole(Actor actor, Slug tenant, UserId member, String role);

    /** Removes a member, and revokes their email's pending invitations into this tenant. */
    Either<Rejection, Membership> remove(Actor actor, Slug tenant, UserId member);

    /** The tenant's pending invitations, oldest first; for those who may invite. */
    Either<Rejection, List<PendingInvitation>> invitations(Actor actor, Slug tenant);

    /** Revokes one pending invitation of the tenant; only owners revoke an invitation to be an owner. */
    Either<Rejection, PendingInvitation> revokeInvitation(Actor actor, Slug tenant, InvitationId invitation);
}
