package net.adtelligent.adapters.http;

import io.javalin.Javalin;
import java.time.Clock;
import java.util.Objects;
import net.adtelligent.application.Adtelligent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The REST API of one {@link Adtelligent} core, served by Javalin until closed. */
public final class HttpServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(HttpServer.class);

    private final Javalin javalin;
    private final BackgroundWork background;

    private HttpServer(Javalin javalin, BackgroundWork background) {
        this.javalin = javalin;
        this.background = background;
    }

    /**
     * Starts listening and returns once requests are served.
     *
     * @throws HttpStartException when the address cannot be bound (in use, not local, no permission)
     */
    public static HttpServer start(Adtelligent core, HttpSettings settings) {
        return start(core, settings, Clock.systemUTC());
    }

    /** For tests in this package: throttles on a clock the test moves. */
    static HttpServer start(Adtelligent core, HttpSettings settings, Clock clock) {
        Objects.requireNonNull(core, "core");
        Objects.requireNonNull(settings, "settings");
        BackgroundWork background = new BackgroundWork();
        Javalin javalin = HttpApp.create(core, settings, clock, background);
        try {
            javalin.start(settings.host(), settings.port());
        } catch (RuntimeException failure) {
            stopQuietly(javalin);
            background.close();
            throw HttpStartException.cannotListen(settings, failure);
        }
        log.info("http service listening host={} port={} cors_origins={}", settings.host(), javalin.port(),
                settings.corsOrigins().size());
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
