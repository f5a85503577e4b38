package net.adtelligent.adapters.http;

import io.javalin.http.Context;
import java.time.Duration;
import net.adtelligent.ports.out.Telemetry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reports every request to {@link Telemetry} by its route pattern (/api/tenants/{slug}/), never the
 * raw path: one series per route, not one per tenant or per made-up path a scanner tries.
 */
final class RequestTelemetry {

    private static final Logger log = LoggerFactory.getLogger(RequestTelemetry.class);

    private final Telemetry telemetry;

    RequestTelemetry(Telemetry telemetry) {
        this.telemetry = telemetry;
    }

    void record(Context ctx, Float durationMs) {
        Duration took = Duration.ofNanos(Math.round((durationMs == null ? 0f : durationMs) * 1_000_000d));
        try {
            telemetry.httpRequest(ctx.method().name(), AccessLog.route(ctx), ctx.statusCode(), took);
        } catch (RuntimeException broken) {
            // Telemetry promises never to throw; if one does, the request was still served and logged.
            log.warn("telemetry failed for a request", broken);
        }
    }
}
