package net.adtelligent.adapters.http;

import io.javalin.Javalin;
import io.javalin.http.HandlerType;
import java.time.Clock;
import java.util.Optional;
import net.adtelligent.adapters.http.identity.Throttle;
import net.adtelligent.adapters.http.operations.AppMetricsHandler;
import net.adtelligent.adapters.http.uploads.UploadBody;
import net.adtelligent.adapters.http.web.BackgroundWork;
import net.adtelligent.adapters.http.web.BodyReads;
import net.adtelligent.adapters.http.web.JsonBody;
import net.adtelligent.adapters.http.web.Problems;
import net.adtelligent.adapters.http.web.RequestIds;
import net.adtelligent.ports.in.UserPorts;
import net.adtelligent.ports.out.Telemetry;

/** Assembles the Javalin application: every route, filter and error mapping is declared here, before start. */
final class HttpApp {

    private HttpApp() {
    }

    /** Without request telemetry, and with /metrics/app/ answering 404. */
    static Javalin create(UserPorts core, HttpSettings settings, Clock clock, BackgroundWork background) {
        return create(core, settings, clock, background, Telemetry.NONE, Optional.empty());
    }

    /**
     * @param clock      the throttles' time; tests move it instead of waiting a minute
     * @param background runs work a response must not wait for; its owner shuts it down
     * @param telemetry  told of every request, by route pattern
     * @param metrics    served at /metrics/app/ when the settings hold a metrics token
     */
    static Javalin create(UserPorts core, HttpSettings settings, Clock clock, BackgroundWork background,
                          Telemetry telemetry, Optional<MetricsEndpoint> metrics) {
        Throttle throttle = new Throttle(settings.throttling(), clock);
        Routes routes = Routes.of(core, new JsonBody(settings.maxRequestBytes()), new UploadBody(settings.maxUploadBytes()),
                throttle, background, AppMetricsHandler.onApi(metrics, settings.metricsToken()), settings.permissions());
        Cors cors = new Cors(settings.corsOrigins());
        RequestTelemetry requests = new RequestTelemetry(telemetry);
        return Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            // Paths are served exactly as the OpenAPI document spells them, trailing slash included.
            config.router.ignoreTrailingSlashes = false;
            config.router.treatMultipleSlashesAsSingleSlash = false;
            // A known path with the wrong method is a 405 with Allow, not a confusing 404.
            config.http.prefer405over404 = true;
            // Metrics routes compute their own strong ETags (ConditionalGet); no other route has one.
            config.http.generateEtags = false;
            // JsonBody enforces the limit itself; this covers any body Javalin would read for us
            // (ctx.body()). Uploads read the request stream or its multipart parts, which it does not cover.
            config.http.maxRequestSize = settings.maxRequestBytes();
            UploadBody.configure(config.jetty.multipartConfig, settings.maxUploadBytes());

            ConsoleAssets.serve(config);
            config.routes.before(RequestIds::assign);
            config.routes.before(SecurityHeaders::apply);
            // Before any route, so refusals (401, 429) carry CORS headers too and a page can read them.
            config.routes.before(cors::apply);
            routes.all().forEach(route -> config.routes.addHttpHandler(route.method(), route.path(), route.handler()));
            // HEAD is GET without the body (RFC 9110). Javalin answers HEAD on a GET route with an empty
            // 200 without running it, so a route that needs a token seemed open; running the GET handler
            // gives HEAD the same sign-in check, status and headers, and Jetty leaves the body out.
            routes.all().stream().filter(route -> route.method() == HandlerType.GET)
                    .forEach(route -> config.routes.addHttpHandler(HandlerType.HEAD, route.path(), route.handler()));
            Problems.register(config.routes, routes::methodsServedAt);
            // Telemetry first: the access log ends the request's MDC.
            config.requestLogger.http(requests::record);
            config.requestLogger.http(AccessLog::record);
            ClientLimits clients = settings.clients();
            config.jetty.modifyHttpConfiguration(http -> {
                // While a request is handled (its body read): a quiet body, or one slower than the
                // rate, fails the read its worker thread waits in, instead of holding the thread.
                http.setIdleTimeout(clients.idleTimeout().toMillis());
                http.setMinRequestDataRate(clients.minBodyBytesPerSecond());
            });
            config.jetty.modifyServer(server -> {
                JettyErrors.install(server);
                // In front of everything, before a servlet or a body read takes a thread for the request;
                // inserted last, so outermost: who the client is comes first.
                server.insertHandler(new RequestsPerAddress(clients.maxRequestsPerAddress()));
                server.insertHandler(new ClientAddresses(clients.trustedProxies()));
            });
            config.jetty.modifyServletContextHandler(context -> {
                BodyReads.install(context);
                MethodOverrides.install(context);
            });
        });
    }
}
