package net.adtelligent.adapters.http;

import io.javalin.Javalin;
import java.util.Objects;
import java.util.Optional;
import net.adtelligent.adapters.http.operations.AppMetricsHandler;
import net.adtelligent.adapters.http.web.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * GET /metrics/app/ on a listener of its own, for deployments that keep the scrape off the public
 * API: bind it to an address only the scraper reaches (a private interface, 127.0.0.1 for a sidecar).
 * With a token, a scraper must send it here too; without one, reaching the address is the permission.
 * Every other path is a 404. Requests here are neither logged nor counted as API requests.
 */
public final class MetricsServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(MetricsServer.class);

    private final Javalin javalin;

    private MetricsServer(Javalin javalin) {
        this.javalin = javalin;
    }

    /**
     * Listens on {@code host}:{@code port} (0: any free port) and serves {@code metrics}.
     *
     * @param token the bearer token a scraper must send; empty: none asked for. At least
     *              {@value HttpSettings#MIN_METRICS_TOKEN_LENGTH} visible ASCII characters
     * @throws HttpStartException       when the address cannot be bound
     * @throws IllegalArgumentException when the token is too short or has spaces or control characters
     */
    public static MetricsServer start(String host, int port, MetricsEndpoint metrics, Optional<String> token) {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(metrics, "metrics");
        Objects.requireNonNull(token, "token");
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be between 0 and 65535, was " + port);
        }
        token.ifPresent(HttpSettings::checkToken);
        AppMetricsHandler handler = AppMetricsHandler.onOwnListener(metrics, token);
        Javalin javalin = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.router.ignoreTrailingSlashes = false;
            config.http.prefer405over404 = true;
            config.routes.get(AppMetricsHandler.PATH, handler::serve);
            Problems.register(config.routes);
            config.jetty.modifyServer(JettyErrors::install);
        });
        try {
            javalin.start(host, port);
        } catch (RuntimeException failure) {
            try {
                javalin.stop();
            } catch (RuntimeException ignored) {
                // Already failing to start: the start failure is the one worth reporting.
            }
            throw HttpStartException.cannotListen(host, port, failure);
        }
        log.info("metrics listening host={} port={} token_required={}", host, javalin.port(), token.isPresent());
        return new MetricsServer(javalin);
    }

    /** The bound port: the one asked for, or the free one chosen when 0 was asked for. */
    public int port() {
        return javalin.port();
    }

    @Override
    public void close() {
        javalin.stop();
    }
}
