package net.adtelligent.adapters.http;

import io.javalin.Javalin;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import net.adtelligent.adapters.http.web.BackgroundWork;
import net.adtelligent.ports.in.UserPorts;
import net.adtelligent.ports.out.Telemetry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The REST API of one core's user ports ({@code Adtelligent.userPorts()}), served by Javalin until
 * closed. It gets no system port: every call it makes is checked against the signed-in actor.
 */
public final class HttpServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(HttpServer.class);

    private final Javalin javalin;
    private final BackgroundWork background;

    private HttpServer(Javalin javalin, BackgroundWork background) {
        this.javalin = javalin;
        this.background = background;
    }

    /**
     * Starts listening and returns once requests are served; no request telemetry, and
     * /metrics/app/ answers 404.
     *
     * @throws HttpStartException when the address cannot be bound (in use, not local, no permission)
     */
    public static HttpServer start(UserPorts core, HttpSettings settings) {
        return start(core, settings, Telemetry.NONE);
    }

    /** As {@link #start(UserPorts, HttpSettings)}, reporting every request to {@code telemetry}. */
    public static HttpServer start(UserPorts core, HttpSettings settings, Telemetry telemetry) {
        return start(core, settings, Clock.systemUTC(), telemetry, Optional.empty());
    }

    /**
     * As {@link #start(UserPorts, HttpSettings, Telemetry)}, and serving {@code metrics} at
     * /metrics/app/ to callers with the settings' metrics token (404 while the settings have none).
     */
    public static HttpServer start(UserPorts core, HttpSettings settings, Telemetry telemetry, MetricsEndpoint metrics) {
        return start(core, settings, Clock.systemUTC(), telemetry, Optional.of(Objects.requireNonNull(metrics, "metrics")));
    }

    /** For tests in this package: throttles on a clock the test moves. */
    static HttpServer start(UserPorts core, HttpSettings settings, Clock clock) {
        return start(core, settings, clock, Telemetry.NONE, Optional.empty());
    }

    static HttpServer start(UserPorts core, HttpSettings settings, Clock clock, Telemetry telemetry,
                            Optional<MetricsEndpoint> metrics) {
        Objects.requireNonNull(core, "core");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(telemetry, "telemetry");
        BackgroundWork background = new BackgroundWork();
        Javalin javalin = HttpApp.create(core, settings, clock, background, telemetry, metrics);
        try {
            javalin.start(settings.host(), settings.port());
        } catch (RuntimeException failure) {
            stopQuietly(javalin);
            background.close();
            throw HttpStartException.cannotListen(settings, failure);
        }
        log.info("http service listening host={} port={} cors_origins={} app_metrics={}", settings.host(), javalin.port(),
                settings.corsOrigins().size(), metrics.isPresent() && settings.metricsToken().isPresent());
        return new HttpServer(javalin, background);
    }

    /** The bound port: the one asked for, or the free one chosen when 0 was asked for. */
    public int port() {
        return javalin.port();
    }

    /** Stops accepting requests, releases the port, then lets started background work finish briefly. */
    @Override
    public void close() {
        try {
            javalin.stop();
        } finally {
            background.close();
        }
    }

    /** For tests in this package: the routes Javalin really serves. */
    Javalin javalin() {
        return javalin;
    }

    private static void stopQuietly(Javalin javalin) {
        try {
            javalin.stop();
        } catch (RuntimeException ignored) {
            // Already failing to start: the start failure is the one worth reporting.
        }
    }
}
