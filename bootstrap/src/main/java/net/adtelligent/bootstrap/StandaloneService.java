package net.adtelligent.bootstrap;

import net.adtelligent.adapters.http.HttpServer;
import net.adtelligent.adapters.http.HttpSettings;
import net.adtelligent.adapters.http.HttpStartException;
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
        Database database = Database.openAndMigrate(settings);
        try {
            Adtelligent core = Adtelligent.builder()
                    .tenantStore(database.postgres().tenantStore())
                    .healthProbe(database.postgres().healthProbe())
                    .build();
            HttpServer http = HttpServer.start(core,
                    new HttpSettings(settings.httpHost(), settings.httpPort(), settings.httpMaxBodyBytes()));
            return new StandaloneService(database, core, http);
        } catch (HttpStartException busy) {
            database.close();
            throw new ConfigurationException(busy.getMessage() + " (set ADT_HTTP_PORT or ADT_HTTP_HOST)", busy);
        } catch (RuntimeException failure) {
            database.close();
            throw failure;
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
