package net.adtelligent.adapters.http.operations;

import io.javalin.http.Context;
import net.adtelligent.adapters.http.web.Json;

/** /openapi.json: the document is built once at start and served as is. */
public final class OpenApiHandler {

    private final byte[] document;

    public OpenApiHandler(byte[] document) {
        this.document = document.clone();
    }

    public void serve(Context ctx) {
        ctx.status(200).contentType(Json.MEDIA_TYPE).result(document);
    }
}
