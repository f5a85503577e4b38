package net.adtelligent.adapters.http.web;

import io.javalin.http.Context;
import java.io.IOException;

/**
 * A JSON answer with a strong validator: the ETag is the SHA-256 of the exact bytes (see
 * {@link Representation}, which also keeps the gzip form), so it changes whenever anything in the
 * body does (new data, a new snapshot, a source turning stale) and never otherwise. A client that
 * sends it back in If-None-Match gets 304 without the body. Cache-Control keeps shared caches out
 * (the data is one tenant's) and makes private ones ask every time.
 */
public final class ConditionalGet {

    static final String CACHE_CONTROL = "private, no-cache";

    private ConditionalGet() {
    }

    public static void send(Context ctx, Object body) throws IOException {
        send(ctx, Representation.of(Json.bytes(body)));
    }

    /**
     * Identity or gzip as the client accepts (Vary says so to caches), each with its own ETag;
     * If-None-Match naming either answers 304, since both stand for the same content.
     */
    public static void send(Context ctx, Representation body) throws IOException {
        boolean gzip = AcceptEncoding.allowsGzip(ctx.header("Accept-Encoding"));
        ctx.header("ETag", gzip ? body.gzipEtag() : body.etag());
        ctx.header("Cache-Control", CACHE_CONTROL);
        // Added, not set: CORS has already said Vary: Origin when it applies.
        ctx.res().addHeader("Vary", "Accept-Encoding");
        String ifNoneMatch = ctx.header("If-None-Match");
        if (matches(ifNoneMatch, body.etag()) || matches(ifNoneMatch, body.gzipEtag())) {
            // No Content-Type (Javalin presets text/plain): a cache would copy it onto the stored JSON.
            ctx.status(304);
            ctx.res().setContentType(null);
            return;
        }
        ctx.status(200).contentType(Json.MEDIA_TYPE);
        if (gzip) {
            ctx.header("Content-Encoding", "gzip");
            WholeBody.write(ctx, body.gzipped());
        } else {
            WholeBody.write(ctx, body.bytes());
        }
    }

    /** RFC 9110 §13.1.2: a list of tags or "*", compared weakly (W/"x" matches "x"). */
    static boolean matches(String ifNoneMatch, String tag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String given = candidate.strip();
            if (given.equals("*") || given.equals(tag) || given.equals("W/" + tag)) {
                return true;
            }
        }
        return false;
    }
}
