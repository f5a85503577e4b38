package net.adtelligent.adapters.http;

import io.javalin.Javalin;
import java.util.Objects;
import net.adtelligent.adapters.http.web.WholeBody;

/**
 * A baseline for load tests: Javalin with one route answering a fixed body, nothing else (no
 * filters, no access log, no authentication, no database). Beside the service in the same run, it
 * shows how much of a route's cost is the framework and the socket, and how much is the API's own work.
 */
public final class StaticBodyServer implements AutoCloseable {

    /** The one route (GET, and POST reading the request's body first); every other path is a 404. */
    public static final String PATH = "/static/";

    private final Javalin javalin;

    private StaticBodyServer(Javalin javalin) {
        this.javalin = javalin;
    }

    /**
     * Listens on a free port of {@code host} and answers GET {@link #PATH} with {@code body}, and
     * POST {@link #PATH} with 202 and {@code body} once the request's body is read.
     *
     * @throws HttpStartException when the address cannot be bound
     */
    public static StaticBodyServer start(String host, byte[] body, String contentType) {
        Objects.requireNonNull(host, "host");
        byte[] fixed = Objects.requireNonNull(body, "body").clone();
        Objects.requireNonNull(contentType, "contentType");
        Javalin javalin = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            // As the service: its metrics routes send their own ETag, so the baseline computes none either.
            config.http.generateEtags = false;
            // Written as the service writes its metrics answers, so the comparison is of everything else.
            config.routes.get(PATH, ctx -> WholeBody.write(ctx.contentType(contentType), fixed));
            config.routes.post(PATH, ctx -> {
                ctx.bodyAsBytes();
                WholeBody.write(ctx.status(202).contentType(contentType), fixed);
            });
        });
        try {
            javalin.start(host, 0);
        } catch (RuntimeException failure) {
            javalin.stop();
            throw new HttpStartException("cannot listen on " + host + " for the static body: " + failure.getMessage(), failure);
        }
        return new StaticBodyServer(javalin);
    }

    public int port() {
        return javalin.port();
    }

    @Override
    public void close() {
        javalin.stop();
    }
}
