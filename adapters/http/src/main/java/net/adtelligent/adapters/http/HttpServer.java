package net.adtelligent.adapters.http;

import io.javalin.Javalin;
import java.util.Objects;
import net.adtelligent.application.Adtelligent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The REST API of one {@link Adtelligent} core, served by Javalin until closed. */
public final class HttpServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(HttpServer.class);

    private final Javalin javalin;

    private HttpServer(Javalin javalin) {
        this.javalin = javalin;
    }

    /**
     * Starts listening and returns once requests are served.
     *
     * @throws HttpStartException when the address cannot be bound (in use, not local, no permission)
     */
    public static HttpServer start(Adtelligent core, HttpSettings settings) {
        Objects.requireNonNull(core, "core");
        Objects.requireNonNull(settings, "settings");
        Javalin javalin = HttpApp.create(core, settings);
        try {
            javalin.start(settings.host(), settings.port());
        } catch (RuntimeException failure) {
            stopQuietly(javalin);
            throw HttpStartException.cannotListen(settings, failure);
        }
        log.info("http service listening host={} port={}", settings.host(), javalin.port());
        return new HttpServer(javalin);
    }

    /** The bound port: the one asked for, or the free one chosen when 0 was asked for. */
    public int port() {
        return javalin.port();
    }

    /** Stops accepting requests and releases the port. */
    @Override
    public void close() {
        javalin.stop();
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
