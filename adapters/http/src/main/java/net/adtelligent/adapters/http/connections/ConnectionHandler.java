package net.adtelligent.adapters.http.connections;

import io.javalin.http.Context;
import io.vavr.control.Option;
import io.vavr.control.Try;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import net.adtelligent.adapters.http.web.BodyFields;
import net.adtelligent.adapters.http.web.Json;
import net.adtelligent.adapters.http.web.JsonBody;
import net.adtelligent.adapters.http.web.PageJson;
import net.adtelligent.adapters.http.web.Paging;
import net.adtelligent.adapters.http.web.ProblemException;
import net.adtelligent.adapters.http.web.TenantScope;
import net.adtelligent.domain.connection.ConnectionChanges;
import net.adtelligent.domain.connection.ConnectionDraft;
import net.adtelligent.domain.connection.ConnectionId;
import net.adtelligent.domain.connection.ConnectionRejection;
import net.adtelligent.domain.identity.Permission;
import net.adtelligent.domain.tenant.Slug;
import net.adtelligent.ports.in.Actor;
import net.adtelligent.ports.in.Connections;
import net.adtelligent.ports.in.Connections.View;
import net.adtelligent.ports.in.Page;

/** /api/tenants/{slug}/connections/…: a tenant's connections and their credentials. */
public final class ConnectionHandler {

    private static final Set<String> DRAFT_FIELDS = Set.of("platform", "external_account_id", "name", "schedule",
            "credentials", "token_expires_at");
    private static final Set<String> CHANGEABLE = Set.of("name", "schedule");
    private static final Set<String> FIXED = Set.of("id", "platform", "external_account_id", "status", "credentials",
            "token", "airbyte", "created_at", "updated_at");
    private static final Set<String> CREDENTIAL_FIELDS = Set.of("credentials", "token_expires_at");

    private final TenantScope scope;
    private final Connections connections;
    private final JsonBody body;

    public ConnectionHandler(TenantScope scope, Connections connections, JsonBody body) {
        this.scope = scope;
        this.connections = connections;
        this.body = body;
    }

    public void create(Context ctx, Actor actor) {
        Slug slug = scope.enter(actor, ctx.pathParam("slug")).tenant().slug();
        BodyFields fields = new BodyFields(body.read(ctx)).acceptOnly(DRAFT_FIELDS, Set.of());
        ConnectionDraft draft = new ConnectionDraft(fields.required("platform"), fields.required("external_account_id"),
                fields.text("name"), fields.text("schedule"), fields.textMap("credentials").getOrElse(Map.of()),
                fields.text("token_expires_at"));
        fields.throwIfInvalid();
        View created = connections.create(actor, slug, draft).getOrElseThrow(ProblemException::of);
        ctx.header("Location", "/api/tenants/" + slug.value() + "/connections/" + created.id() + "/");
        Json.write(ctx, 201, ConnectionJson.of(created));
    }

    public void list(Context ctx, Actor actor) {
        Slug slug = scope.enter(actor, ctx.pathParam("slug")).tenant().slug();
        Page<View> page = connections.list(actor, slug, Paging.of(ctx)).getOrElseThrow(ProblemException::of);
        Json.write(ctx, 200, new PageJson<>(page.items().stream().map(ConnectionJson::of).toList(),
                page.nextCursor().getOrNull()));
    }

    public void show(Context ctx, Actor actor) {
        Slug slug = scope.enter(actor, ctx.pathParam("slug")).tenant().slug();
        answer(ctx, connections.get(actor, slug, id(ctx, actor, slug, Permission.VIEW_METRICS)));
    }

    public void change(Context ctx, Actor actor) {
        Slug slug = scope.enter(actor, ctx.pathParam("slug")).tenant().slug();
        ConnectionId id = id(ctx, actor, slug, Permission.MANAGE_CONNECTIONS);
        BodyFields fields = new BodyFields(body.read(ctx)).acceptOnly(CHANGEABLE, FIXED);
        ConnectionChanges changes = new ConnectionChanges(fields.text("name"), fields.text("schedule"));
        fields.throwIfInvalid();
        answer(ctx, connections.change(actor, slug, id, changes));
    }

    public void pause(Context ctx, Actor actor) {
        Slug slug = scope.enter(actor, ctx.pathParam("slug")).tenant().slug();
        answer(ctx, connections.pause(actor, slug, id(ctx, actor, slug, Permission.MANAGE_CONNECTIONS)));
    }

    public void resume(Context ctx, Actor actor) {
        Slug slug = scope.enter(actor, ctx.pathParam("slug")).tenant().slug();
        answer(ctx, connections.resume(actor, slug, id(ctx, actor, slug, Permission.MANAGE_CONNECTIONS)));
    }

    public void replaceCredentials(Context ctx, Actor actor) {
        Slug slug = scope.enter(actor, ctx.pathParam("slug")).tenant().slug();
        ConnectionId id = id(ctx, actor, slug, Permission.MANAGE_CONNECTIONS);
        BodyFields fields = new BodyFields(body.read(ctx)).acceptOnly(CREDENTIAL_FIELDS, Set.of());
        Option<Map<String, String>> credentials = fields.textMap("credentials");
        if (credentials.isEmpty()) {
            fields.required("credentials");
        }
        Option<String> expiry = fields.text("token_expires_at");
        fields.throwIfInvalid();
        answer(ctx, connections.replaceCredentials(actor, slug, id, credentials.get(), expiry));
    }

    public void delete(Context ctx, Actor actor) {
        Slug slug = scope.enter(actor, ctx.pathParam("slug")).tenant().slug();
        connections.delete(actor, slug, id(ctx, actor, slug, Permission.MANAGE_CONNECTIONS))
                .getOrElseThrow(ProblemException::of);
        ctx.status(204);
    }

    private static void answer(Context ctx, io.vavr.control.Either<net.adtelligent.domain.Rejection, View> outcome) {
        Json.write(ctx, 200, ConnectionJson.of(outcome.getOrElseThrow(ProblemException::of)));
    }

    /**
     * Text that cannot be an id names no connection: after the access check the use case would make
     * first, the same 404 as an unknown id.
     */
    private ConnectionId id(Context ctx, Actor actor, Slug slug, Permission permission) {
        String text = ctx.pathParam("connection_id");
        return Try.of(() -> new ConnectionId(UUID.fromString(text)))
                .filter(id -> id.toString().equals(text.toLowerCase(java.util.Locale.ROOT)))
                .getOrElse(() -> {
                    scope.enter(actor, slug, permission);
                    throw ProblemException.of(new ConnectionRejection.NotFound(text));
                });
    }
}
