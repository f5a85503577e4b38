package net.adtelligent.adapters.http.audit;

import io.javalin.http.Context;
import io.vavr.control.Option;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import net.adtelligent.adapters.http.web.Json;
import net.adtelligent.adapters.http.web.PageJson;
import net.adtelligent.adapters.http.web.Paging;
import net.adtelligent.adapters.http.web.Problem;
import net.adtelligent.adapters.http.web.ProblemException;
import net.adtelligent.adapters.http.web.StreamedResponse;
import net.adtelligent.adapters.http.web.TenantScope;
import net.adtelligent.domain.audit.AuditEvent;
import net.adtelligent.domain.tenant.Slug;
import net.adtelligent.ports.in.Actor;
import net.adtelligent.ports.in.Page;
import net.adtelligent.ports.in.PageQuery;
import net.adtelligent.ports.in.ReadAudit.AuditQuery;
import net.adtelligent.ports.in.ReadAudit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * /api/tenants/{slug}/audit/: a tenant's audit events, newest first, filtered, a page at a time as
 * JSON, or every matching event as a CSV download streamed page by page, so an export of a year
 * of events never sits in memory at once.
 */
public final class AuditHandler {

    static final String CSV_MEDIA_TYPE = "text/csv; charset=utf-8";
    private static final int CSV_PAGE = PageQuery.MAX_LIMIT;

    private static final Logger log = LoggerFactory.getLogger(AuditHandler.class);

    private final TenantScope scope;
    private final ReadAudit audit;

    public AuditHandler(TenantScope scope, ReadAudit audit) {
        this.scope = scope;
        this.audit = audit;
    }

    public void search(Context ctx, Actor actor) {
        Slug slug = scope.enter(actor, ctx.pathParam("slug")).tenant().slug();
        boolean csv = csv(ctx);
        PageQuery asked = Paging.of(ctx);
        AuditQuery query = new AuditQuery(param(ctx, "actor"), param(ctx, "action"), param(ctx, "target_type"),
                param(ctx, "target_id"), param(ctx, "from"), param(ctx, "to"));
        // The first page checks every parameter, so a bad one is a 400 before any CSV is sent.
        Page<AuditEvent> first = audit.search(actor, slug, query, asked).getOrElseThrow(ProblemException::of);
        if (csv) {
            ctx.status(200).contentType(CSV_MEDIA_TYPE)
                    .header("Content-Disposition", "attachment; filename=\"audit-" + slug + ".csv\"");
            stream(ctx, actor, slug, query, first);
        } else {
            Json.write(ctx, 200, new PageJson<>(first.items().stream().map(AuditEventJson::of).toList(),
                    first.nextCursor().getOrNull()));
        }
    }

    /** The export starts where the cursor points and runs to the last match; limit only sizes the first read. */
    private void stream(Context ctx, Actor actor, Slug slug, AuditQuery query, Page<AuditEvent> first) {
        try {
            write(ctx, actor, slug, query, first);
        } catch (IOException | RuntimeException failure) {
            StreamedResponse.fail(ctx, failure, log, "audit export of " + slug);
        }
    }

    private void write(Context ctx, Actor actor, Slug slug, AuditQuery query, Page<AuditEvent> first) throws IOException {
        Writer out = new BufferedWriter(new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8));
        Csv csv = new Csv(out);
        csv.row(AuditEventJson.CSV_HEADER);
        Page<AuditEvent> page = first;
        while (true) {
            for (AuditEvent event : page.items()) {
                csv.row(AuditEventJson.of(event).csvCells());
            }
            out.flush();
            if (page.nextCursor().isEmpty()) {
                break;
            }
            page = audit.search(actor, slug, query, new PageQuery(page.nextCursor(), CSV_PAGE))
                    .getOrElseThrow(ProblemException::of);
        }
        out.close();
    }

    private static boolean csv(Context ctx) {
        String format = ctx.queryParam("format");
        if (format == null || format.equals("json")) {
            return false;
        }
        if (format.equals("csv")) {
            return true;
        }
        throw new ProblemException(Problem.invalid("format", "must be one of: json, csv"));
    }

    /** A parameter given empty ("?to=") is checked like any other value, so a malformed one is a 400. */
    private static Option<String> param(Context ctx, String name) {
        return Option.of(ctx.queryParam(name));
    }
}
