package net.adtelligent.adapters.http;

import io.javalin.http.Context;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * A JSON answer with a strong validator: the ETag is the SHA-256 of the exact bytes, so it changes
 * whenever anything in the body does (new data, a new snapshot, a source turning stale) and never
 * otherwise. A client that sends it back in If-None-Match gets 304 without the body. Cache-Control
 * keeps shared caches out (the data is one tenant's) and makes private ones ask every time.
 */
final class ConditionalGet {

    static final String CACHE_CONTROL = "private, no-cache";

    private ConditionalGet() {
    }

    static void send(Context ctx, Object body) throws IOException {
        byte[] bytes = Json.bytes(body);
        send(ctx, bytes, etag(bytes));
    }

    /** For a body written before, with the tag {@link #etag} gave for these very bytes. */
    static void send(Context ctx, byte[] bytes, String tag) throws IOException {
        ctx.header("ETag", tag);
        ctx.header("Cache-Control", CACHE_CONTROL);
        if (matches(ctx.header("If-None-Match"), tag)) {
            // No Content-Type (Javalin presets text/plain): a cache would copy it onto the stored JSON.
            ctx.status(304);
            ctx.res().setContentType(null);
            return;
        }
        ctx.status(200).contentType(Json.MEDIA_TYPE);
        WholeBody.write(ctx, bytes);
    }

    static String etag(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
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
