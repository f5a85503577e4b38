package net.adtelligent.adapters.http;

import io.javalin.Javalin;
import java.time.Clock;
import net.adtelligent.application.Adtelligent;

/** Assembles the Javalin application: every route, filter and error mapping is declared here, before start. */
final class HttpApp {

    private HttpApp() {
    }

    /**
     * @param clock      the throttles' time; tests move it instead of waiting a minute
     * @param background runs work a response must not wait for; its owner shuts it down
     */
    static Javalin create(Adtelligent core, HttpSettings settings, Clock clock, BackgroundWork background) {
        Throttle throttle = new Throttle(settings.throttling(), clock);
        Routes routes = Routes.of(core, new JsonBody(settings.maxRequestBytes()), new UploadBody(settings.maxUploadBytes()),
                throttle, background);
        Cors cors = new Cors(settings.corsOrigins());
        return Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            // Paths are served exactly as the OpenAPI document spells them, trailing slash included.
            config.router.ignoreTrailingSlashes = false;
            config.router.treatMultipleSlashesAsSingleSlash = false;
            // A known path with the wrong method is a 405 with Allow, not a confusing 404.
            config.http.prefer405over404 = true;
            config.http.generateEtags = false;
            // JsonBody enforces the limit itself; this covers any body Javalin would read for us
            // (ctx.body()). Uploads read the request stream or its multipart parts, which it does not cover.
            config.http.maxRequestSize = settings.maxRequestBytes();
            UploadBody.configure(config.jetty.multipartConfig, settings.maxUploadBytes());

            config.routes.before(RequestIds::assign);
            // Before any route, so refusals (401, 429) carry CORS headers too and a page can read them.
            config.routes.before(cors::apply);
            routes.all().forEach(route -> config.routes.addHttpHandler(route.method(), route.path(), route.handler()));
            Problems.register(config.routes);
            config.requestLogger.http(AccessLog::record);
            config.jetty.modifyServer(JettyErrors::install);
        });
    }
}
