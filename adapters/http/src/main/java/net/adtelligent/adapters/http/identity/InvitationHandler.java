package net.adtelligent.adapters.http.identity;

import io.javalin.http.Context;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import net.adtelligent.adapters.http.web.BodyFields;
import net.adtelligent.adapters.http.web.Clients;
import net.adtelligent.adapters.http.web.Json;
import net.adtelligent.adapters.http.web.JsonBody;
import net.adtelligent.adapters.http.web.PageJson;
import net.adtelligent.adapters.http.web.ProblemException;
import net.adtelligent.adapters.http.web.RequestIds;
import net.adtelligent.adapters.http.web.TenantScope;
import net.adtelligent.domain.identity.AccessRejection;
import net.adtelligent.domain.identity.InvitationId;
import net.adtelligent.domain.identity.Membership;
import net.adtelligent.domain.identity.Permission;
import net.adtelligent.domain.tenant.Slug;
import net.adtelligent.ports.in.Actor;
import net.adtelligent.ports.in.InvitationAccepted;
import net.adtelligent.ports.in.InvitationSent;
import net.adtelligent.ports.in.Members;
import net.adtelligent.ports.in.PendingInvitation;

/**
 * /api/tenants/{slug}/invitations/… (invite an email with a role, list the pending invitations, revoke
 * one) and /api/auth/invitations/accept/ (join).
 */
public final class InvitationHandler {

    record InvitationJson(UUID id, String email, String role, Instant expiresAt) {
    }

    /** A pending invitation as its tenant's admins see it: never the token, which only the mail holds. */
    record PendingJson(UUID id, String email, String role, UUID invitedBy, Instant issuedAt, Instant expiresAt) {
        static PendingJson of(PendingInvitation invitation) {
            return new PendingJson(invitation.id().value(), invitation.email().value(), invitation.role().wireName(),
                    invitation.invitedBy().value(), invitation.issuedAt(), invitation.expiresAt());
        }
    }

    record JoinedJson(String tenant, String role) {
    }

    private final TenantScope scope;
    private final Members members;
    private final Throttle throttle;
    private final JsonBody body;

    public InvitationHandler(TenantScope scope, Members members, Throttle throttle, JsonBody body) {
        this.scope = scope;
        this.members = members;
        this.throttle = throttle;
        this.body = body;
    }

    /** 202: the invitation is made, but only counts once the invitee follows the mailed link. */
    public void invite(Context ctx, Actor actor) {
        Slug slug = scope.enter(actor, ctx.pathParam("slug")).tenant().slug();
        BodyFields fields = new BodyFields(body.read(ctx)).acceptOnly(Set.of("email", "role"), Set.of());
        String email = fields.required("email");
        String role = fields.required("role");
        fields.throwIfInvalid();
        InvitationSent sent = members.invite(actor, slug, email, role).getOrElseThrow(ProblemException::of);
        Json.write(ctx, 202, new InvitationJson(sent.id().value(), sent.email().value(), sent.role().wireName(),
                sent.expiresAt()));
    }

    public void list(Context ctx, Actor actor) {
        Slug slug = scope.enter(actor, ctx.pathParam("slug")).tenant().slug();
        List<PendingInvitation> pending = members.invitations(actor, slug).getOrElseThrow(ProblemException::of);
        // One page: a tenant has a few invitations out at a time, at most one per email.
        Json.write(ctx, 200, new PageJson<>(pending.stream().map(PendingJson::of).toList(), null));
    }

    /**
     * 204, or 404 for an id that names no pending invitation of this tenant. Text that cannot be an id
     * is answered as an unknown one, after the access check the use case makes first.
     */
    public void revoke(Context ctx, Actor actor) {
        Slug slug = scope.enter(actor, ctx.pathParam("slug")).tenant().slug();
        String raw = ctx.pathParam("invitation_id");
        Option<InvitationId> id = InvitationId.parse(raw);
        if (id.isEmpty()) {
            scope.enter(actor, slug, Permission.INVITE_MEMBERS);
            throw ProblemException.of(new AccessRejection.InvitationNotFound(raw));
        }
        members.revokeInvitation(actor, slug, id.get()).getOrElseThrow(ProblemException::of);
        ctx.status(204);
    }

    public void accept(Context ctx) {
        throttle.address(ctx, "invitation-accept");
        BodyFields fields = new BodyFields(body.read(ctx)).acceptOnly(Set.of("token", "password"), Set.of());
        String token = fields.required("token");
        String password = fields.required("password");
        fields.throwIfInvalid();
        InvitationAccepted joined = members.acceptInvitation(token, password, Clients.of(ctx))
                .getOrElseThrow(ProblemException::of);
        Membership membership = joined.membership();
        RequestIds.tenant(membership.tenantId());
        Json.write(ctx, 200, new JoinedJson(joined.tenant().value(), membership.role().wireName()));
    }
}
