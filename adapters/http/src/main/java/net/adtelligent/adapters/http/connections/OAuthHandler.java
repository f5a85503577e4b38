package net.adtelligent.adapters.http.connections;

import io.javalin.http.Context;
import io.vavr.control.Option;
import java.util.List;
import java.util.Set;
import net.adtelligent.adapters.http.web.BodyFields;
import net.adtelligent.adapters.http.web.Json;
import net.adtelligent.adapters.http.web.JsonBody;
import net.adtelligent.adapters.http.web.ProblemException;
import net.adtelligent.adapters.http.web.TenantScope;
import net.adtelligent.domain.consent.ConsentRejection;
import net.adtelligent.domain.consent.GrantId;
import net.adtelligent.domain.consent.PlatformAccount;
import net.adtelligent.domain.identity.Permission;
import net.adtelligent.domain.tenant.Slug;
import net.adtelligent.ports.in.Actor;
import net.adtelligent.ports.in.Connections.View;
import net.adtelligent.ports.in.OAuthConsent;

/**
 * A connection by the platform's consent screen: start (owners and admins), the platform's callback
 * (no sign-in needed: the state binds the user; a sign-in it carries must be that user's), and the
 * pick of one account among several. No answer carries a code or a token.
 */
public final class OAuthHandler {

    private static final Set<String> PICK_FIELDS = Set.of("external_account_id", "name");

    private final TenantScope scope;
    private final OAuthConsent consent;
    private final JsonBody body;

    public OAuthHandler(TenantScope scope, OAuthConsent consent, JsonBody body) {
        this.scope = scope;
        this.consent = consent;
        this.body = body;
    }

    record StartedJson(String grantId, String authorizationUrl, String expiresAt) {
    }

    record AccountJson(String id, String name) {
        static AccountJson of(PlatformAccount account) {
            return new AccountJson(account.id(), account.name());
        }
    }

    record CalledBackJson(String grantId, String tenant, String platform, List<AccountJson> accounts,
                          List<String> grantedScopes, List<String> missingScopes, String pickBefore,
                          ConnectionJson connection) {
    }

    record PendingJson(String grantId, String platform, List<AccountJson> accounts, List<String> grantedScopes,
                       List<String> missingScopes, String pickBefore) {
    }

    public void start(Context ctx, Actor actor) {
        Slug slug = scope.enter(actor, ctx.pathParam("slug"), Permission.MANAGE_CONNECTIONS).tenant().slug();
        OAuthConsent.Started started = consent.start(actor, slug, ctx.pathParam("platform"))
                .getOrElseThrow(ProblemException::of);
        Json.write(ctx, 200, new StartedJson(started.grant().toString(), started.authorizationUrl().toString(),
                started.expiresAt().toString()));
    }

    /** {@code signedIn}: the user of the Authorization header, when the request carries one. */
    public void callBack(Context ctx, Option<Actor> signedIn) {
        // TikTok's advertiser authorization names its code auth_code.
        Option<String> code = Option.of(ctx.queryParam("code")).orElse(Option.of(ctx.queryParam("auth_code")));
        OAuthConsent.Callback callback = new OAuthConsent.Callback(code, Option.of(ctx.queryParam("state")),
                Option.of(ctx.queryParam("error")), Option.of(ctx.queryParam("error_description"))
                .orElse(Option.of(ctx.queryParam("error_reason"))));
        var outcome = consent.callBack(ctx.pathParam("platform"), callback, signedIn);
        if (ConsoleReturn.wanted(ctx)) {
            ConsoleReturn.to(ctx, outcome);
            return;
        }
        OAuthConsent.CalledBack answer = outcome.getOrElseThrow(ProblemException::of);
        Json.write(ctx, answer.connection().isDefined() ? 201 : 200, new CalledBackJson(answer.grant().toString(),
                answer.tenant().value(), answer.platform().name(),
                answer.accounts().stream().map(AccountJson::of).toList(), answer.grantedScopes(),
                answer.missingScopes(), answer.pickBefore().toString(),
                answer.connection().map(ConnectionJson::of).getOrNull()));
    }

    /** The consent waiting for a pick: its accounts, for the console (or any client) to offer. */
    public void pending(Context ctx, Actor actor) {
        Slug slug = scope.enter(actor, ctx.pathParam("slug"), Permission.MANAGE_CONNECTIONS).tenant().slug();
        OAuthConsent.Pending pending = consent.pending(actor, slug, grant(ctx)).getOrElseThrow(ProblemException::of);
        Json.write(ctx, 200, new PendingJson(pending.grant().toString(), pending.platform().name(),
                pending.accounts().stream().map(AccountJson::of).toList(), pending.grantedScopes(),
                pending.missingScopes(), pending.pickBefore().toString()));
    }

    public void pick(Context ctx, Actor actor) {
        Slug slug = scope.enter(actor, ctx.pathParam("slug"), Permission.MANAGE_CONNECTIONS).tenant().slug();
        GrantId grant = grant(ctx);
        BodyFields fields = new BodyFields(body.read(ctx)).acceptOnly(PICK_FIELDS, Set.of());
        String account = fields.required("external_account_id");
        Option<String> name = fields.text("name");
        fields.throwIfInvalid();
        View made = consent.pick(actor, slug, grant, account, name).getOrElseThrow(ProblemException::of);
        ctx.header("Location", "/api/tenants/" + slug.value() + "/connections/" + made.id() + "/");
        Json.write(ctx, 201, ConnectionJson.of(made));
    }

    /** Only the id's own spelling: any other text names no grant. */
    private static GrantId grant(Context ctx) {
        String text = ctx.pathParam("grant_id");
        return GrantId.parse(text).filter(id -> id.toString().equals(text))
                .getOrElseThrow(() -> ProblemException.of(new ConsentRejection.GrantNotFound(text)));
    }
}
