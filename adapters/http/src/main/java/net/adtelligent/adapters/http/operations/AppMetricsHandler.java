package net.adtelligent.adapters.http.operations;

import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;
import java.util.Optional;
import net.adtelligent.adapters.http.MetricsEndpoint;
import net.adtelligent.adapters.http.MetricsServer;
import net.adtelligent.adapters.http.web.Problem;
import net.adtelligent.adapters.http.web.ProblemException;
import net.adtelligent.adapters.http.web.Problems;

/**
 * GET /metrics/app/: the service's metrics for a scraper. They name tenants and routes, so on the
 * API's port ({@link #onApi}) they are served only to a caller with the configured bearer token, and
 * without an endpoint or a token the path answers exactly as a path nothing serves. On a listener of
 * their own ({@link #onOwnListener}, see {@link MetricsServer}) the address is the protection and a
 * token, when configured, is asked for as well.
 */
public final class AppMetricsHandler {

    public static final String PATH = "/metrics/app/";
    private static final String CHALLENGE = "Bearer realm=\"adtelligent-metrics\"";

    private final Optional<MetricsEndpoint> endpoint;
    private final Optional<byte[]> tokenDigest;
    private final boolean servedWithoutToken;

    private AppMetricsHandler(Optional<MetricsEndpoint> endpoint, Optional<String> token, boolean servedWithoutToken) {
        this.endpoint = endpoint;
        this.tokenDigest = token.map(AppMetricsHandler::digest);
        this.servedWithoutToken = servedWithoutToken;
    }

    /** On the API's port: served only with a token, 404 without one. */
    public static AppMetricsHandler onApi(Optional<MetricsEndpoint> endpoint, Optional<String> token) {
        return new AppMetricsHandler(endpoint, token, false);
    }

    /** On a listener of the metrics' own: the token is asked for when there is one. */
    public static AppMetricsHandler onOwnListener(MetricsEndpoint endpoint, Optional<String> token) {
        return new AppMetricsHandler(Optional.of(endpoint), token, true);
    }

    public void serve(Context ctx) throws IOException {
        if (endpoint.isEmpty() || (tokenDigest.isEmpty() && !servedWithoutToken)) {
            throw new ProblemException(Problems.notServed());
        }
        if (tokenDigest.isPresent() && !authorized(ctx.header("Authorization"))) {
            throw invalidToken(ctx);
        }
        // Written in full before anything is sent: a failing registry is then a clean 500, not a cut-off scrape.
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        endpoint.get().writeTo(text);
        ctx.header("Cache-Control", "no-store");
        ctx.status(200).contentType(endpoint.get().contentType()).result(text.toByteArray());
    }

    /** Whether a metrics token is configured at all (without one, operator-only paths are not served). */
    public boolean tokenConfigured() {
        return tokenDigest.isPresent();
    }

    /**
     * Lets only an operator through, as the metrics are on the API's port: without a configured token
     * the path answers as one nothing serves (404), with a wrong or missing token 401.
     */
    public void requireOperator(Context ctx) {
        if (tokenDigest.isEmpty()) {
            throw new ProblemException(Problems.notServed());
        }
        if (!authorized(ctx.header("Authorization"))) {
            throw invalidToken(ctx);
        }
    }

    private static ProblemException invalidToken(Context ctx) {
        ctx.header(Problems.WWW_AUTHENTICATE, CHALLENGE);
        return new ProblemException(Problem.unauthorized("invalid-metrics-token", "Invalid metrics token",
                "send the configured metrics token as Authorization: Bearer <token>"));
    }

    /** Whether the caller presents the configured metrics token: an operator, shown what others are not. */
    public boolean operator(Context ctx) {
        return tokenDigest.isPresent() && authorized(ctx.header("Authorization"));
    }

    /**
     * Compares digests in constant time: neither how much of the token matched nor its length shows
     * in the time the answer takes.
     */
    private boolean authorized(String header) {
        if (header == null || !header.toLowerCase(Locale.ROOT).startsWith("bearer ")) {
            return false;
        }
        return MessageDigest.isEqual(digest(header.substring("bearer ".length()).strip()), tokenDigest.orElseThrow());
    }

    private static byte[] digest(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
