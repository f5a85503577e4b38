package net.adtelligent.adapters.http;

import io.javalin.http.Context;

/** /openapi.json: the document is built once at start and served as is. */
final class OpenApiHandler {

    private final byte[] document;

    OpenApiHandler(byte[] document) {
        this.document = document.clone();
    }

    void serve(Context ctx) {
        ctx.status(200).contentType(Json.MEDIA_TYPE).result(document);
    }
}
