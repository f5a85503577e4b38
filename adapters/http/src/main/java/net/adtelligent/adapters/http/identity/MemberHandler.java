package net.adtelligent.adapters.http.identity;

import io.javalin.http.Context;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import net.adtelligent.adapters.http.web.BodyFields;
import net.adtelligent.adapters.http.web.Json;
import net.adtelligent.adapters.http.web.JsonBody;
import net.adtelligent.adapters.http.web.PageJson;
import net.adtelligent.adapters.http.web.Problem;
import net.adtelligent.adapters.http.web.ProblemException;
import net.adtelligent.adapters.http.web.TenantScope;
import net.adtelligent.domain.identity.Membership;
import net.adtelligent.domain.identity.UserId;
import net.adtelligent.domain.tenant.Slug;
import net.adtelligent.ports.in.Actor;
import net.adtelligent.ports.in.MemberView;
import net.adtelligent.ports.in.Members;

/** /api/tenants/{slug}/members/…: list a tenant's members, change a member's role, remove a member. */
public final class MemberHandler {

    record MemberJson(UUID userId, String email, String role, Instant since) {
        static MemberJson of(MemberView member) {
            return new MemberJson(member.userId().value(), member.email().value(), member.role().wireName(), member.since());
        }
    }

    record MembershipJson(UUID userId, String role, Instant since) {
        static MembershipJson of(Membership membership) {
            return new MembershipJson(membership.userId().value(), membership.role().wireName(), membership.createdAt());
        }
    }

    // Canonical form only: UUID.fromString also takes "1-1-1-1-1", which no member id looks like.
    private static final Pattern USER_ID = Pattern.compile("[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}");

    private final TenantScope scope;
    private final Members members;
    private final JsonBody body;

    public MemberHandler(TenantScope scope, Members members, JsonBody body) {
        this.scope = scope;
        this.members = members;
        this.body = body;
    }

    public void list(Context ctx, Actor actor) {
        Slug slug = scope.enter(actor, ctx.pathParam("slug")).tenant().slug();
        List<MemberView> found = members.list(actor, slug).getOrElseThrow(ProblemException::of);
        // The whole list in one page: a tenant has tens of members, not thousands.
        Json.write(ctx, 200, new PageJson<>(found.stream().map(MemberJson::of).toList(), null));
    }

    public void changeRole(Context ctx, Actor actor) {
        Slug slug = scope.enter(actor, ctx.pathParam("slug")).tenant().slug();
        UserId member = member(ctx);
        BodyFields fields = new BodyFields(body.read(ctx)).acceptOnly(Set.of("role"), Set.of("user_id", "email", "since"));
        String role = fields.required("role");
        fields.throwIfInvalid();
        Membership changed = members.changeRole(actor, slug, member, role).getOrElseThrow(ProblemException::of);
        Json.write(ctx, 200, MembershipJson.of(changed));
    }

    public void remove(Context ctx, Actor actor) {
        Slug slug = scope.enter(actor, ctx.pathParam("slug")).tenant().slug();
        UserId member = member(ctx);
        members.remove(actor, slug, member).getOrElseThrow(ProblemException::of);
        ctx.status(204);
    }

    private static UserId member(Context ctx) {
        String raw = ctx.pathParam("user_id");
        if (!USER_ID.matcher(raw).matches()) {
            throw new ProblemException(Problem.memberNotFound("no member '" + raw + "' in this tenant"));
        }
        return new UserId(UUID.fromString(raw));
    }
}
