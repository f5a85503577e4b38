package net.adtelligent.bootstrap;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import net.adtelligent.adapters.http.HttpServer;
import net.adtelligent.adapters.http.HttpSettings;
import net.adtelligent.adapters.http.HttpStartException;
import net.adtelligent.adapters.http.MetricsEndpoint;
import net.adtelligent.adapters.http.MetricsServer;
import net.adtelligent.adapters.http.Throttling;
import net.adtelligent.adapters.metrics.PrometheusText;
import net.adtelligent.adapters.postgres.PostgresDatabase;
import net.adtelligent.application.Adtelligent;

/** The standalone service: database, core and HTTP API wired by hand, started in that order. */
public final class StandaloneService implements AutoCloseable {

    private final Database database;
    private final Wiring.Service service;
    private final HttpServer http;
    private final Optional<MetricsServer> metricsListener;

    private StandaloneService(Database database, Wiring.Service service, HttpServer http,
                              Optional<MetricsServer> metricsListener) {
        this.database = database;
        this.service = service;
        this.http = http;
        this.metricsListener = metricsListener;
    }

    public static StandaloneService start(Settings settings) {
        return start(settings, core -> { });
    }

    /**
     * Runs {@code beforeServing} (demo data, say) before the port opens: once healthy, it is done.
     * A database that cannot be reached is tried again for up to ADT_DATABASE_STARTUP_WAIT
     * ({@link StartupRetry}); then this throws an {@code OutsidePartUnavailableException} (exit 3).
     */
    public static StandaloneService start(Settings settings, Consumer<Adtelligent> beforeServing) {
        return start(settings, UnaryOperator.identity(), beforeServing);
    }

    /**
     * As {@link #start(Settings, Consumer)}, with parts added to the core's builder after the
     * settings' wiring: for an embedder or a benchmark giving its own (a {@code SyncSignals}, say).
     */
    public static StandaloneService start(Settings settings, UnaryOperator<Adtelligent.Builder> more,
                                          Consumer<Adtelligent> beforeServing) {
        HttpSettings httpSettings = httpSettings(settings);
        Database database = Database.openAndMigrate(settings, settings.databaseLimits().startupWait());
        Wiring.Service service = null;
        Optional<MetricsServer> metricsListener = Optional.empty();
        try {
            service = Wiring.service(settings, database.postgres(), more);
            beforeServing.accept(service.core());
            // Scheduled snapshots start with the service; several instances share the work through the database.
            service.scheduler().start(service.core().scheduledSnapshots());
            service.uploadExpiry().start(service.core().expireUploads());
            service.tokenUpkeep().start(service.core().tokenUpkeep());
            service.syncPoll().start(service.core().syncPolling());
            service.alertChecks().start(service.core().alertChecks());
            service.webhookRetention().start(service.core().forgetWebhookDeliveries());
            PrometheusText text = service.monitoring().prometheusText();
            MetricsEndpoint metrics = MetricsEndpoint.of(text.contentType(), text::writeTo);
            metricsListener = metricsListener(settings.metrics(), metrics);
            HttpServer http = metricsListener.isPresent()
                    ? HttpServer.start(service.core().userPorts(), httpSettings, service.monitoring().telemetry())
                    : HttpServer.start(service.core().userPorts(), httpSettings, service.monitoring().telemetry(), metrics);
            return new StandaloneService(database, service, http, metricsListener);
        } catch (HttpStartException busy) {
            metricsListener.ifPresent(MetricsServer::close);
            stop(service, database);
            throw new ConfigurationException(busy.getMessage() + " (set ADT_HTTP_PORT or ADT_HTTP_HOST)", busy);
        } catch (RuntimeException failure) {
            metricsListener.ifPresent(MetricsServer::close);
            stop(service, database);
            throw failure;
        }
    }

    /** With ADT_METRICS_PORT, /metrics/app/ moves to a listener of its own (and the API answers 404 there). */
    private static Optional<MetricsServer> metricsListener(MetricsConfig config, MetricsEndpoint metrics) {
        if (config.metricsPort().isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(MetricsServer.start(config.metricsHost(), config.metricsPort().get(), metrics,
                    config.metricsToken()));
        } catch (HttpStartException busy) {
            throw new ConfigurationException(busy.getMessage() + " (set ADT_METRICS_PORT or ADT_METRICS_HOST)", busy);
        } catch (IllegalArgumentException bad) {
            throw new ConfigurationException("ADT_METRICS_TOKEN: " + bad.getMessage(), bad);
        }
    }

    private static HttpSettings httpSettings(Settings settings) {
        // The drift check for operators; a catalog that cannot be read stops the start, naming file, line and field.
        HttpSettings http = corsAndLimits(settings).withPermissionReview(settings.permissions().review(settings::oauthConfigured));
        try {
            return settings.metrics().metricsToken().map(http::withMetricsToken).orElse(http);
        } catch (IllegalArgumentException bad) {
            throw new ConfigurationException("ADT_METRICS_TOKEN: " + bad.getMessage(), bad);
        }
    }

    private static HttpSettings corsAndLimits(Settings settings) {
        Throttling throttling = new Throttling(settings.throttlePerAddress(), settings.throttlePerAccount());
        try {
            return new HttpSettings(settings.httpHost(), settings.httpPort(), settings.httpMaxBodyBytes(),
                    settings.corsOrigins(), throttling).withMaxUploadBytes(settings.uploadMaxBytes())
                    .withClientLimits(settings.httpClients());
        } catch (IllegalArgumentException bad) {
            throw new ConfigurationException("ADT_CORS_ORIGINS: " + bad.getMessage(), bad);
        }
    }

    public Adtelligent core() {
        return service.core();
    }

    public int httpPort() {
        return http.port();
    }

    /** The port of /metrics/app/'s own listener, when ADT_METRICS_PORT asked for one. */
    public Optional<Integer> metricsPort() {
        return metricsListener.map(MetricsServer::port);
    }

    public boolean embeddedDatabase() {
        return database.isEmbedded();
    }

    @Override
    public void close() {
        http.close();
        metricsListener.ifPresent(MetricsServer::close);
        stop(service, database);
    }

    /** The service's database, for tools of this package that write what no use case does. */
    PostgresDatabase postgres() {
        return database.postgres();
    }

    private static void stop(Wiring.Service service, Database database) {
        if (service != null) {
            service.webhookRetention().close();
            service.tokenUpkeep().close();
            service.syncPoll().close();
            service.alertChecks().close();
            service.uploadExpiry().close();
            service.scheduler().close();
        }
        database.close();
    }
}
