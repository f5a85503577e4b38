package net.adtelligent.adapters.http;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * CORS for the origins in the settings, and for no other. Javalin's CorsPlugin was not enough: it
 * echoes whatever request headers a preflight asks for and answers it 200 without a fixed list, and
 * its rules are per path. An allowlisted origin gets its own origin back (never "*"), credentials,
 * and on preflight the methods and headers this API takes; any other origin gets no CORS header at
 * all, so the browser keeps the response from the page.
 */
final class Cors {

    static final String ALLOW_METHODS = "GET, POST, PUT, PATCH, DELETE";
    // If-None-Match and ETag: a page may revalidate the metrics routes itself (ConditionalGet).
    static final String ALLOW_HEADERS = "Authorization, Content-Type, X-Request-ID, If-None-Match";
    static final String EXPOSE_HEADERS = "X-Request-ID, Location, Retry-After, WWW-Authenticate, Content-Disposition, ETag";
    // Ten minutes: Chromium caps at two hours, and a shorter time lets a changed list take effect soon.
    static final String MAX_AGE = "600";

    private final Set<String> origins;

    Cors(List<String> origins) {
        this.origins = Set.copyOf(origins);
    }

    /** A before-filter: answers a preflight itself; otherwise adds headers and lets the request go on. */
    void apply(Context ctx) {
        if (origins.isEmpty()) {
            return;
        }
        // Caches must keep answers to different origins apart, whether allowed or not.
        ctx.header("Vary", "Origin");
        String origin = ctx.header("Origin");
        if (origin == null || !origins.contains(origin.toLowerCase(Locale.ROOT))) {
            return;
        }
        ctx.header("Access-Control-Allow-Origin", origin);
        ctx.header("Access-Control-Allow-Credentials", "true");
        if (ctx.method() == HandlerType.OPTIONS && ctx.header("Access-Control-Request-Method") != null) {
            ctx.header("Access-Control-Allow-Methods", ALLOW_METHODS);
            ctx.header("Access-Control-Allow-Headers", ALLOW_HEADERS);
            ctx.header("Access-Control-Max-Age", MAX_AGE);
            ctx.status(204);
            ctx.skipRemainingHandlers();
        } else {
            ctx.header("Access-Control-Expose-Headers", EXPOSE_HEADERS);
        }
    }
}
