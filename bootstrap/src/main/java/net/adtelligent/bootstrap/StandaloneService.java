package net.adtelligent.bootstrap;

import java.util.function.Consumer;
import net.adtelligent.adapters.http.HttpServer;
import net.adtelligent.adapters.http.HttpSettings;
import net.adtelligent.adapters.http.HttpStartException;
import net.adtelligent.adapters.http.Throttling;
import net.adtelligent.application.Adtelligent;

/** The standalone service: database, core and HTTP API wired by hand, started in that order. */
public final class StandaloneService implements AutoCloseable {

    private final Database database;
    private final Adtelligent core;
    private final HttpServer http;

    private StandaloneService(Database database, Adtelligent core, HttpServer http) {
        this.database = database;
        this.core = core;
        this.http = http;
    }

    public static StandaloneService start(Settings settings) {
        return start(settings, core -> { });
    }

    /** Runs {@code beforeServing} (demo data, say) before the port opens: once healthy, it is done. */
    public static StandaloneService start(Settings settings, Consumer<Adtelligent> beforeServing) {
        HttpSettings httpSettings = httpSettings(settings);
        Database database = Database.openAndMigrate(settings);
        try {
            Adtelligent core = Wiring.core(settings, database.postgres());
            beforeServing.accept(core);
            return new StandaloneService(database, core, HttpServer.start(core, httpSettings));
        } catch (HttpStartException busy) {
            database.close();
            throw new ConfigurationException(busy.getMessage() + " (set ADT_HTTP_PORT or ADT_HTTP_HOST)", busy);
        } catch (RuntimeException failure) {
            database.close();
            throw failure;
        }
    }

    private static HttpSettings httpSettings(Settings settings) {
        Throttling defaults = Throttling.defaults();
        Throttling throttling = new Throttling(settings.throttlePerAddress(), settings.throttlePerAccount(),
                defaults.failuresBeforeBackoff(), defaults.firstBackoff(), defaults.maxBackoff());
        try {
            return new HttpSettings(settings.httpHost(), settings.httpPort(), settings.httpMaxBodyBytes(),
                    settings.corsOrigins(), throttling).withMaxUploadBytes(settings.uploadMaxBytes());
        } catch (IllegalArgumentException bad) {
            throw new ConfigurationException("ADT_CORS_ORIGINS: " + bad.getMessage(), bad);
        }
    }

    public Adtelligent core() {
        return core;
    }

    public int httpPort() {
        return http.port();
    }

    public boolean embeddedDatabase() {
        return database.isEmbedded();
    }

    @Override
    public void close() {
        http.close();
        database.close();
    }
}
