package net.adtelligent.adapters.http.uploads;

import io.javalin.http.Context;
import io.vavr.control.Option;
import net.adtelligent.adapters.http.web.Json;
import net.adtelligent.adapters.http.web.PageJson;
import net.adtelligent.adapters.http.web.Problem;
import net.adtelligent.adapters.http.web.ProblemException;
import net.adtelligent.adapters.http.web.TenantScope;
import net.adtelligent.domain.tenant.Slug;
import net.adtelligent.domain.upload.ImportJob;
import net.adtelligent.ports.in.Actor;
import net.adtelligent.ports.in.CsvUploads;
import net.adtelligent.ports.in.Page;

/**
 * GET /api/tenants/{slug}/uploads/csv/: the tenant's uploads, newest first, a page at a time, as
 * summaries (the report's counts without its problems and preview rows: those are for the one upload).
 */
public final class UploadListHandler {

    private final TenantScope scope;
    private final CsvUploads uploads;

    public UploadListHandler(TenantScope scope, CsvUploads uploads) {
        this.scope = scope;
        this.uploads = uploads;
    }

    public void list(Context ctx, Actor actor) {
        Slug slug = scope.enter(actor, ctx.pathParam("slug")).tenant().slug();
        Page<ImportJob> page = uploads.list(actor, slug, recent(ctx)).getOrElseThrow(ProblemException::of);
        Json.write(ctx, 200, new PageJson<>(page.items().stream().map(UploadJson::summary).toList(),
                page.nextCursor().getOrNull()));
    }

    /** Only the shape is checked here; the range is the use case's rule, and it names "limit" too. */
    private static CsvUploads.Recent recent(Context ctx) {
        String raw = ctx.queryParam("limit");
        String cursor = ctx.queryParam("cursor");
        Option<String> after = cursor == null || cursor.isEmpty() ? Option.none() : Option.of(cursor);
        if (raw == null) {
            return new CsvUploads.Recent(CsvUploads.DEFAULT_LIST_LIMIT, after);
        }
        if (raw.isEmpty() || !raw.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new ProblemException(Problem.invalid("limit",
                    "must be a whole number between 1 and " + CsvUploads.MAX_LIST_LIMIT));
        }
        return new CsvUploads.Recent(raw.length() > 9 ? Integer.MAX_VALUE : Integer.parseInt(raw), after);
    }
}
