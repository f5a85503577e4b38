package net.adtelligent.adapters.http;

import io.javalin.http.Context;
import org.eclipse.jetty.server.Response;

/**
 * Headers every answer carries, set before any route so refusals (401, 404, 405, 429) have them too.
 * Answers hold tenant data, tokens and, in the audit export, emails, addresses and user agents: no
 * cache keeps them (no-store). The conditional-GET routes replace it with "private, no-cache"
 * (see ConditionalGet), since their ETag is only of use to a client allowed to keep the body.
 * no-referrer: an address of the API (a tenant's slug, an export's filters) is passed on to no
 * other site; nosniff: no browser reads an answer as another type than the one sent (a CSV or
 * JSON taken for HTML). The Content-Security-Policy is the console's (script, styles, images and
 * requests from this origin only; no inline script, no eval, no framing) and harmless on JSON.
 */
final class SecurityHeaders {

    static final String CACHE_CONTROL = "no-store";
    static final String CONTENT_TYPE_OPTIONS = "nosniff";
    static final String REFERRER_POLICY = "no-referrer";
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; manifest-src 'self'; base-uri 'none'; "
            + "form-action 'self'; frame-ancestors 'none'";

    private SecurityHeaders() {
    }

    /** A before-filter. */
    static void apply(Context ctx) {
        ctx.header("Cache-Control", CACHE_CONTROL);
        ctx.header("X-Content-Type-Options", CONTENT_TYPE_OPTIONS);
        ctx.header("Referrer-Policy", REFERRER_POLICY);
        ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    }

    /** The same for answers Jetty gives before Javalin sees the request. */
    static void apply(Response response) {
        response.getHeaders().put("Cache-Control", CACHE_CONTROL);
        response.getHeaders().put("X-Content-Type-Options", CONTENT_TYPE_OPTIONS);
        response.getHeaders().put("Referrer-Policy", REFERRER_POLICY);
        response.getHeaders().put("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    }
}
