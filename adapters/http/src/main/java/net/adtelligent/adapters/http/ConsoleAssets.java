package net.adtelligent.adapters.http;

import io.javalin.config.JavalinConfig;
import io.javalin.http.staticfiles.Location;

/**
 * The console: plain ES modules and CSS from the jar, served at /, with its libraries from their
 * WebJars at /webjars/ (uPlot, Swagger UI); Swagger UI's page at /api/docs/. No build step: what
 * is in src/main/resources is what the browser gets. Static files are answered after the routes
 * and through the same before-filters, so they carry the security headers too.
 */
final class ConsoleAssets {

    static final String DIRECTORY = "/net/adtelligent/console";
    static final String DOCS_DIRECTORY = "/net/adtelligent/api-docs";

    private ConsoleAssets() {
    }

    static void serve(JavalinConfig config) {
        config.staticFiles.add(files -> {
            files.hostedPath = "/";
            files.directory = DIRECTORY;
            files.location = Location.CLASSPATH;
        });
        config.staticFiles.add(files -> {
            files.hostedPath = "/api/docs";
            files.directory = DOCS_DIRECTORY;
            files.location = Location.CLASSPATH;
        });
        config.staticFiles.enableWebjars();
    }
}
