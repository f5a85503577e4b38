package net.adtelligent.adapters.http.uploads;

import io.javalin.http.Context;
import io.vavr.control.Option;
import java.util.Map;
import java.util.Set;
import net.adtelligent.adapters.http.web.BodyFields;
import net.adtelligent.adapters.http.web.Json;
import net.adtelligent.adapters.http.web.JsonBody;
import net.adtelligent.adapters.http.web.ProblemException;
import net.adtelligent.adapters.http.web.TenantScope;
import net.adtelligent.domain.identity.Permission;
import net.adtelligent.domain.tenant.Slug;
import net.adtelligent.domain.upload.ImportJob;
import net.adtelligent.domain.upload.ImportRejection;
import net.adtelligent.domain.upload.UploadId;
import net.adtelligent.ports.in.Actor;
import net.adtelligent.ports.in.CsvUploads.MappingRequest;
import net.adtelligent.ports.in.CsvUploads;

/**
 * /api/tenants/{slug}/uploads/…: a tenant's CSV export on its way into its ad facts. Upload the
 * file, map its columns (each mapping checks every row and reports), commit the rows, or delete an
 * upload not committed. The tenant is
 * entered first, so a tenant that is not the caller's answers as if it did not exist, whatever else is wrong.
 */
public final class UploadHandler {

    private static final Set<String> MAPPING_FIELDS = Set.of("columns", "currency", "date_order", "account_id", "source",
            "platform");

    private final TenantScope scope;
    private final CsvUploads uploads;
    private final UploadBody files;
    private final JsonBody body;

    public UploadHandler(TenantScope scope, CsvUploads uploads, UploadBody files, JsonBody body) {
        this.scope = scope;
        this.uploads = uploads;
        this.files = files;
        this.body = body;
    }

    public void upload(Context ctx, Actor actor) throws Exception {
        Slug slug = scope.enter(actor, ctx.pathParam("slug")).tenant().slug();
        ImportJob job = files.receive(ctx, (fileName, content) -> uploads.upload(actor, slug, fileName, content))
                .getOrElseThrow(ProblemException::of);
        ctx.header("Location", UploadJson.location(slug.value(), job));
        Json.write(ctx, 201, UploadJson.of(job));
    }

    public void show(Context ctx, Actor actor) {
        Slug slug = scope.enter(actor, ctx.pathParam("slug")).tenant().slug();
        UploadId id = uploadId(ctx, actor, slug, Permission.VIEW_METRICS);
        ImportJob job = uploads.get(actor, slug, id).getOrElseThrow(ProblemException::of);
        Json.write(ctx, 200, UploadJson.of(job));
    }

    /** {} takes the proposed mapping; each field given replaces that part of it. */
    public void map(Context ctx, Actor actor) {
        Slug slug = scope.enter(actor, ctx.pathParam("slug")).tenant().slug();
        BodyFields fields = new BodyFields(body.read(ctx)).acceptOnly(MAPPING_FIELDS, Set.of());
        Option<Map<String, String>> columns = fields.textMap("columns");
        MappingRequest request = new MappingRequest(columns, fields.text("currency"), fields.text("date_order"),
                fields.text("account_id"), fields.text("source"), fields.text("platform"));
        fields.throwIfInvalid();
        UploadId id = uploadId(ctx, actor, slug, Permission.UPLOAD_DATA);
        ImportJob job = uploads.map(actor, slug, id, request).getOrElseThrow(ProblemException::of);
        Json.write(ctx, 200, UploadJson.of(job));
    }

    public void commit(Context ctx, Actor actor) {
        Slug slug = scope.enter(actor, ctx.pathParam("slug")).tenant().slug();
        UploadId id = uploadId(ctx, actor, slug, Permission.UPLOAD_DATA);
        ImportJob job = uploads.commit(actor, slug, id).getOrElseThrow(ProblemException::of);
        Json.write(ctx, 200, UploadJson.of(job));
    }

    /** 204: the upload and its file are gone; a committed upload stays (409). */
    public void delete(Context ctx, Actor actor) {
        Slug slug = scope.enter(actor, ctx.pathParam("slug")).tenant().slug();
        UploadId id = uploadId(ctx, actor, slug, Permission.UPLOAD_DATA);
        uploads.delete(actor, slug, id).getOrElseThrow(ProblemException::of);
        ctx.status(204);
    }

    /**
     * Text that cannot be an upload id names no upload: answered as an unknown one is, after the
     * caller's right to the route is checked, as the use case checks it before looking.
     */
    private UploadId uploadId(Context ctx, Actor actor, Slug slug, Permission permission) {
        String raw = ctx.pathParam("upload_id");
        Option<UploadId> id = UploadId.parse(raw);
        if (id.isEmpty()) {
            scope.enter(actor, slug, permission);
            throw ProblemException.of(new ImportRejection.NotFound(raw));
        }
        return id.get();
    }
}
