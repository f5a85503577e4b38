package net.adtelligent.adapters.http.syncs;

import io.javalin.http.Context;
import io.vavr.control.Option;
import io.vavr.control.Try;
import java.util.Locale;
import java.util.UUID;
import net.adtelligent.adapters.http.web.Json;
import net.adtelligent.adapters.http.web.Paging;
import net.adtelligent.adapters.http.web.ProblemException;
import net.adtelligent.adapters.http.web.TenantScope;
import net.adtelligent.domain.connection.ConnectionId;
import net.adtelligent.domain.connection.ConnectionRejection;
import net.adtelligent.domain.identity.Permission;
import net.adtelligent.domain.sync.SyncRun;
import net.adtelligent.domain.tenant.Slug;
import net.adtelligent.ports.in.Actor;
import net.adtelligent.ports.in.Syncs;

/**
 * Starting a sync, and the sync telemetry. A sync answers 202 Accepted with the run recorded: Airbyte
 * has accepted the job, which then runs for minutes; the run's status shows in the telemetry.
 */
public final class SyncHandler {

    private final TenantScope scope;
    private final Syncs syncs;

    public SyncHandler(TenantScope scope, Syncs syncs) {
        this.scope = scope;
        this.syncs = syncs;
    }

    public void start(Context ctx, Actor actor) {
        Slug slug = scope.enter(actor, ctx.pathParam("slug")).tenant().slug();
        SyncRun run = syncs.start(actor, slug, id(ctx, actor, slug)).getOrElseThrow(ProblemException::of);
        Json.write(ctx, 202, SyncJson.run(run));
    }

    public void telemetry(Context ctx, Actor actor) {
        Slug slug = scope.enter(actor, ctx.pathParam("slug")).tenant().slug();
        Syncs.RunQuery query = new Syncs.RunQuery(param(ctx, "connection"), param(ctx, "status"), param(ctx, "from"),
                param(ctx, "to"), Paging.of(ctx));
        Json.write(ctx, 200, SyncJson.telemetry(syncs.telemetry(actor, slug, query).getOrElseThrow(ProblemException::of)));
    }

    private static Option<String> param(Context ctx, String name) {
        return Option.of(ctx.queryParam(name));
    }

    /** Text that cannot be an id names no connection: after the access check, the same 404 as an unknown id. */
    private ConnectionId id(Context ctx, Actor actor, Slug slug) {
        String text = ctx.pathParam("connection_id");
        return Try.of(() -> new ConnectionId(UUID.fromString(text)))
                .filter(id -> id.toString().equals(text.toLowerCase(Locale.ROOT)))
                .getOrElse(() -> {
                    scope.enter(actor, slug, Permission.MANAGE_CONNECTIONS);
                    throw ProblemException.of(new ConnectionRejection.NotFound(text));
                });
    }
}
