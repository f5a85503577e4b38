package net.adtelligent.adapters.http.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.Arrays;
import java.util.Set;
import java.util.function.Function;
import net.adtelligent.ports.out.OutsidePartUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Turns every way a request can fail into a problem+json response. */
public final class Problems {

    public static final String WWW_AUTHENTICATE = "WWW-Authenticate";
    public static final String BEARER = "Bearer realm=\"adtelligent\"";

    static final int RETRY_AFTER_SECONDS = 5;

    private static final Logger log = LoggerFactory.getLogger(Problems.class);

    private Problems() {
    }

    /** The answer for a path nothing serves; also for a route that is switched off, so it looks the same. */
    public static Problem notServed() {
        return Problem.http(404, "nothing is served at this path; /openapi.json lists what is");
    }

    public static void register(RoutesConfig routes) {
        register(routes, path -> Set.of());
    }

    /**
     * {@code servedAt}: the methods a path really serves (its most specific routes), so a 405's Allow
     * leaves out those of a route with a parameter that matched a fixed word; empty: Javalin's list as it is.
     */
    public static void register(RoutesConfig routes, Function<String, Set<String>> servedAt) {
        routes.exception(ProblemException.class, Problems::expected);
        // Javalin's own refusals (no route, wrong method) would otherwise be plain text or its own JSON.
        routes.exception(HttpResponseException.class, (failure, ctx) -> fromJavalin(failure, ctx, servedAt));
        routes.exception(OutsidePartUnavailableException.class, Problems::unavailable);
        routes.exception(Exception.class, Problems::unexpected);
    }

    private static void expected(ProblemException failure, Context ctx) {
        // RFC 9110: every 401 names the scheme that would work. Authenticator sets a precise one first.
        if (failure.problem().status() == 401 && ctx.res().getHeader(WWW_AUTHENTICATE) == null) {
            ctx.header(WWW_AUTHENTICATE, BEARER);
        }
        Json.problem(ctx, failure.problem());
    }

    private static void fromJavalin(HttpResponseException failure, Context ctx, Function<String, Set<String>> servedAt) {
        int status = failure.getStatus();
        if (status == 404) {
            Json.problem(ctx, notServed());
            return;
        }
        String detail;
        if (status == 405) {
            // Javalin puts the methods the path does serve in the details, as one comma-separated text.
            Set<String> served = servedAt.apply(ctx.path());
            String allowed = String.join(", ", failure.getDetails().values().stream()
                    .flatMap(methods -> Arrays.stream(methods.split(",\\s*")))
                    .filter(method -> served.isEmpty() || served.contains(method)).toList());
            ctx.header("Allow", allowed);
            detail = "this path does not serve " + ctx.method() + "; it serves " + allowed;
        } else {
            detail = failure.getMessage();
        }
        Json.problem(ctx, Problem.http(status, detail));
    }

    /** The database or the mail service failed: worth a retry, so 503 with Retry-After, naming only the part. */
    private static void unavailable(OutsidePartUnavailableException failure, Context ctx) {
        // The message names hosts: the log has it, the client gets the component's name alone.
        // The route's pattern, never the raw path: a path may carry a secret (the webhook's).
        log.warn("outside part unavailable component={} method={} route={} reason={}", failure.component(), ctx.method(),
                route(ctx), failure.getMessage());
        ctx.header("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
        Json.problem(ctx, Problem.unavailable(failure.component()));
    }

    /**
     * One short line (no stack, no byte of the body) and 408, or 400 for broken framing; the
     * connection is closed, as the rest of the body will not be read.
     */
    private static void notReceived(BodyReads.Failure failure, Context ctx) {
        log.warn("request body not received method={} route={} reason={} bytes_read={}", ctx.method(),
                route(ctx), failure.reason(), failure.bytesRead());
        ctx.header("Connection", "close");
        Json.problem(ctx, failure.reason() == BodyReads.Reason.MALFORMED
                ? Problem.malformedBody("the body's framing (Content-Length or chunks) is not valid HTTP")
                : Problem.http(408, "the body did not arrive in time (" + failure.reason() + "); send it again"));
    }

    private static void unexpected(Exception failure, Context ctx) {
        // However the handler's code wrapped it: a body the client did not deliver is not a defect.
        if (BodyReads.failure(ctx).isPresent()) {
            notReceived(BodyReads.failure(ctx).get(), ctx);
            return;
        }
        // The exception text may name tables, hosts or values: it goes to the log, never to the client.
        log.error("request failed unexpectedly method={} route={}", ctx.method(), route(ctx), failure);
        Json.problem(ctx, Problem.http(500,
                "the request could not be completed; quote the X-Request-ID response header when reporting this"));
    }

    /** The matched route's pattern (/api/airbyte/webhook/{secret}/), so no secret of a path reaches the log. */
    private static String route(Context ctx) {
        var matched = ctx.endpoints().matchedHttpEndpoint();
        return matched == null ? "unmatched" : matched.path;
    }
}
