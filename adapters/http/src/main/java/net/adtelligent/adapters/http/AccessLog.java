package net.adtelligent.adapters.http;

import io.javalin.http.Context;
import io.javalin.router.Endpoint;
import net.adtelligent.adapters.http.web.RequestIds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One line per request, written after the response, while the request's MDC is still in place. */
final class AccessLog {

    private static final Logger log = LoggerFactory.getLogger(AccessLog.class);

    private AccessLog() {
    }

    static void record(Context ctx, Float durationMs) {
        try {
            if (log.isInfoEnabled()) {
                // Built here rather than from a {} template: one line per request, and the template
                // formatter allocates a map per argument.
                log.info("http " + ctx.method() + ' ' + route(ctx) + " status=" + ctx.statusCode()
                        + " duration_ms=" + Math.round(durationMs == null ? 0f : durationMs));
            }
        } finally {
            RequestIds.clear();
        }
    }

    /** The template, not the raw path: lines and metrics group by route, whatever the slug. */
    static String route(Context ctx) {
        Endpoint matched = ctx.endpoints().matchedHttpEndpoint();
        return matched == null ? "unmatched" : matched.path;
    }
}
