package net.adtelligent.adapters.http.metrics;

import io.javalin.http.Context;
import java.io.IOException;
import java.util.List;
import net.adtelligent.adapters.http.web.ConditionalGet;
import net.adtelligent.adapters.http.web.Json;
import net.adtelligent.adapters.http.web.PageJson;
import net.adtelligent.adapters.http.web.ProblemException;
import net.adtelligent.adapters.http.web.TenantScope;
import net.adtelligent.domain.tenant.Slug;
import net.adtelligent.ports.in.Actor;
import net.adtelligent.ports.in.Snapshots.View;
import net.adtelligent.ports.in.Snapshots;

/**
 * /api/tenants/{slug}/snapshots/…: the latest snapshot (with a strong ETag, as clients poll it),
 * a short history newest first, and asking for a new one, which is generated after the answer.
 */
public final class SnapshotHandler {

    record RequestedJson(String status) {
    }

    private static final RequestedJson REQUESTED = new RequestedJson("requested");

    private final TenantScope scope;
    private final Snapshots snapshots;

    public SnapshotHandler(TenantScope scope, Snapshots snapshots) {
        this.scope = scope;
        this.snapshots = snapshots;
    }

    static String latestPath(String slug) {
        return "/api/tenants/" + slug + "/snapshots/latest/";
    }

    public void latest(Context ctx, Actor actor) throws IOException {
        Slug slug = scope.enter(actor, ctx.pathParam("slug")).tenant().slug();
        View latest = snapshots.latest(actor, slug).getOrElseThrow(ProblemException::of);
        ConditionalGet.send(ctx, SnapshotJson.of(latest));
    }

    public void history(Context ctx, Actor actor) {
        Slug slug = scope.enter(actor, ctx.pathParam("slug")).tenant().slug();
        List<View> views = snapshots.history(actor, slug).getOrElseThrow(ProblemException::of);
        // The use case keeps a short history: one page, so next_cursor is always null.
        Json.write(ctx, 200, new PageJson<>(views.stream().map(SnapshotJson.SummaryJson::of).toList(), null));
    }

    /** 202: the snapshot may be generated later (by the scheduler); latest says when it is there. */
    public void request(Context ctx, Actor actor) {
        Slug slug = scope.enter(actor, ctx.pathParam("slug")).tenant().slug();
        snapshots.request(actor, slug).getOrElseThrow(ProblemException::of);
        ctx.header("Location", latestPath(slug.value()));
        Json.write(ctx, 202, REQUESTED);
    }
}
