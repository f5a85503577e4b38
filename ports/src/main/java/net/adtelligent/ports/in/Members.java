package net.adtelligent.ports.in;

import io.vavr.control.Either;
import java.util.List;
import net.adtelligent.domain.Rejection;
import net.adtelligent.domain.audit.ClientInfo;
import net.adtelligent.domain.identity.Membership;
import net.adtelligent.domain.identity.UserId;
import net.adtelligent.domain.tenant.Slug;

/** A tenant's members: invitations, roles, removal. Every call is checked against the role matrix. */
public interface Members {

    Either<Rejection, List<MemberView>> list(Actor actor, Slug tenant);

    /** Invites an email with a role; the invitee gets a single-use link by mail. */
    Either<Rejection, InvitationSent> invite(Actor actor, Slug tenant, String email, String role);

    /** Accepts an invitation: creates the account with this password, or joins an existing one. */
    Either<Rejection, InvitationAccepted> acceptInvitation(String token, String password, ClientInfo client);

    Either<Rejection, Membership> changeRole(Actor actor, Slug tenant, UserId member, String role);

    Either<Rejection, Membership> remove(Actor actor, Slug tenant, UserId member);
}
