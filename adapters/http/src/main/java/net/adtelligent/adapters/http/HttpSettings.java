package net.adtelligent.adapters.http;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import net.adtelligent.domain.permission.PermissionReview;
import net.adtelligent.ports.out.Ingestion;

/**
 * Where the HTTP service listens, how large a request body may be, which browser origins may call
 * it, how hard the sign-in endpoints are throttled, and how long and how many requests one client may hold.
 *
 * @param host            the address to bind, e.g. "127.0.0.1" or "0.0.0.0"
 * @param port            the port to bind; 0 picks any free port (see {@link HttpServer#port()})
 * @param maxRequestBytes bodies larger than this are refused with 413 before they are parsed
 * @param corsOrigins     browser origins ("https://app.example.com") allowed to call the API; empty: none.
 *                        A wildcard is refused: the API is called with credentials, and "*" would hand them to any site
 * @param throttling      limits of the sign-in, token and password-reset endpoints
 * @param maxUploadBytes  the largest CSV file a multipart upload may carry; set it to the core's
 *                        {@link Ingestion#maxUploadBytes()}, which alone limits raw uploads. Upload
 *                        bodies are exempt from maxRequestBytes, which is sized for JSON
 * @param metricsToken    the bearer token a scraper must send to GET /metrics/app/; none: that path
 *                        answers 404, as the metrics name tenants and must not be open to anyone who
 *                        can reach the API. At least {@value #MIN_METRICS_TOKEN_LENGTH} visible ASCII characters
 * @param clients         slow bodies and requests in progress per client address
 * @param permissions     the drift check of the permission catalog, served to operators (the metrics token) at
 *                        GET /api/permissions/drift/; none: that path answers 404
 */
public record HttpSettings(String host, int port, long maxRequestBytes, List<String> corsOrigins, Throttling throttling,
                           long maxUploadBytes, Optional<String> metricsToken, ClientLimits clients,
                           Optional<PermissionReview> permissions) {

    public static final long DEFAULT_MAX_REQUEST_BYTES = 1024 * 1024;
    /** Short tokens could be guessed: the metrics path is not throttled. */
    public static final int MIN_METRICS_TOKEN_LENGTH = 16;

    public HttpSettings {
        Objects.requireNonNull(host, "host");
        if (host.isBlank()) {
            throw new IllegalArgumentException("host must not be blank");
        }
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be between 0 and 65535, was " + port);
        }
        if (maxRequestBytes < 1) {
            throw new IllegalArgumentException("maxRequestBytes must be positive, was " + maxRequestBytes);
        }
        Objects.requireNonNull(corsOrigins, "corsOrigins");
        corsOrigins = corsOrigins.stream().map(HttpSettings::origin).distinct().toList();
        Objects.requireNonNull(throttling, "throttling");
        if (maxUploadBytes < 1) {
            throw new IllegalArgumentException("maxUploadBytes must be positive, was " + maxUploadBytes);
        }
        Objects.requireNonNull(metricsToken, "metricsToken");
        metricsToken.ifPresent(HttpSettings::checkToken);
        Objects.requireNonNull(clients, "clients");
        Objects.requireNonNull(permissions, "permissions");
    }

    public HttpSettings(String host, int port, long maxRequestBytes, List<String> corsOrigins, Throttling throttling,
                        long maxUploadBytes, Optional<String> metricsToken, ClientLimits clients) {
        this(host, port, maxRequestBytes, corsOrigins, throttling, maxUploadBytes, metricsToken, clients, Optional.empty());
    }

    public HttpSettings(String host, int port, long maxRequestBytes, List<String> corsOrigins, Throttling throttling,
                        long maxUploadBytes, Optional<String> metricsToken) {
        this(host, port, maxRequestBytes, corsOrigins, throttling, maxUploadBytes, metricsToken, ClientLimits.defaults());
    }

    public HttpSettings(String host, int port, long maxRequestBytes, List<String> corsOrigins, Throttling throttling,
                        long maxUploadBytes) {
        this(host, port, maxRequestBytes, corsOrigins, throttling, maxUploadBytes, Optional.empty());
    }

    public HttpSettings(String host, int port, long maxRequestBytes, List<String> corsOrigins, Throttling throttling) {
        this(host, port, maxRequestBytes, corsOrigins, throttling, Ingestion.DEFAULT_MAX_UPLOAD_BYTES);
    }

    /** No browser origins, default throttling: what a service called only by other services needs. */
    public HttpSettings(String host, int port, long maxRequestBytes) {
        this(host, port, maxRequestBytes, List.of(), Throttling.defaults());
    }

    public static HttpSettings defaults(String host, int port) {
        return new HttpSettings(host, port, DEFAULT_MAX_REQUEST_BYTES);
    }

    public HttpSettings withCorsOrigins(List<String> origins) {
        return new HttpSettings(host, port, maxRequestBytes, origins, throttling, maxUploadBytes, metricsToken, clients,
                permissions);
    }

    public HttpSettings withThrottling(Throttling limits) {
        return new HttpSettings(host, port, maxRequestBytes, corsOrigins, limits, maxUploadBytes, metricsToken, clients,
                permissions);
    }

    public HttpSettings withMaxUploadBytes(long bytes) {
        return new HttpSettings(host, port, maxRequestBytes, corsOrigins, throttling, bytes, metricsToken, clients,
                permissions);
    }

    public HttpSettings withMetricsToken(String token) {
        return new HttpSettings(host, port, maxRequestBytes, corsOrigins, throttling, maxUploadBytes,
                Optional.of(Objects.requireNonNull(token, "token")), clients, permissions);
    }

    public HttpSettings withClientLimits(ClientLimits limits) {
        return new HttpSettings(host, port, maxRequestBytes, corsOrigins, throttling, maxUploadBytes, metricsToken, limits,
                permissions);
    }

    public HttpSettings withPermissionReview(PermissionReview review) {
        return new HttpSettings(host, port, maxRequestBytes, corsOrigins, throttling, maxUploadBytes, metricsToken, clients,
                Optional.of(Objects.requireNonNull(review, "review")));
    }

    /** Never the token itself: settings end up in start-up logs and error messages. */
    @Override
    public String toString() {
        return "HttpSettings[host=" + host + ", port=" + port + ", maxRequestBytes=" + maxRequestBytes + ", corsOrigins="
                + corsOrigins + ", throttling=" + throttling + ", maxUploadBytes=" + maxUploadBytes + ", metricsToken="
                + (metricsToken.isPresent() ? "(set)" : "(none)") + ", clients=" + clients + ", permissions="
                + (permissions.isPresent() ? "(served)" : "(none)") + "]";
    }

    static void checkToken(String token) {
        // Its text is not repeated: a message with it would put the secret into whatever logs the failure.
        if (token.length() < MIN_METRICS_TOKEN_LENGTH || !token.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw new IllegalArgumentException("the metrics token must be at least " + MIN_METRICS_TOKEN_LENGTH
                    + " visible ASCII characters (no spaces)");
        }
    }

    /**
     * An origin as browsers send it: scheme, host and port only, lower case. Anything else (a
     * path, "*", "null") is a configuration mistake that would otherwise silently match nothing or too much.
     */
    private static String origin(String text) {
        Objects.requireNonNull(text, "cors origin");
        String trimmed = text.strip();
        URI uri;
        try {
            uri = new URI(trimmed);
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException("not a CORS origin: '" + text + "'", e);
        }
        boolean http = "https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme());
        boolean bare = uri.getRawPath() == null || uri.getRawPath().isEmpty();
        if (!http || uri.getHost() == null || !bare || uri.getRawQuery() != null || uri.getRawFragment() != null
                || uri.getRawUserInfo() != null) {
            throw new IllegalArgumentException("not a CORS origin (want scheme://host[:port], no wildcard): '" + text + "'");
        }
        return trimmed.toLowerCase(Locale.ROOT);
    }
}
