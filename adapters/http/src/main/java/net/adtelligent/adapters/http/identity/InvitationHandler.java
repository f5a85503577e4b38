package net.adtelligent.adapters.http.identity;

import io.javalin.http.Context;
import java.time.Instant;
import java.util.Set;
import net.adtelligent.adapters.http.web.BodyFields;
import net.adtelligent.adapters.http.web.Clients;
import net.adtelligent.adapters.http.web.Json;
import net.adtelligent.adapters.http.web.JsonBody;
import net.adtelligent.adapters.http.web.ProblemException;
import net.adtelligent.adapters.http.web.RequestIds;
import net.adtelligent.adapters.http.web.TenantScope;
import net.adtelligent.domain.identity.Membership;
import net.adtelligent.domain.tenant.Slug;
import net.adtelligent.ports.in.Actor;
import net.adtelligent.ports.in.InvitationAccepted;
import net.adtelligent.ports.in.InvitationSent;
import net.adtelligent.ports.in.Members;

/** /api/tenants/{slug}/invitations/ (invite an email with a role) and /api/auth/invitations/accept/ (join). */
public final class InvitationHandler {

    record InvitationJson(String email, String role, Instant expiresAt) {
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
        Json.write(ctx, 202, new InvitationJson(sent.email().value(), sent.role().wireName(), sent.expiresAt()));
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
