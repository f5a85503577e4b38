package net.adtelligent.adapters.oauth;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * The OAuth clients of the platform families this installation has, where the platforms send the
 * browser back ({@code <redirectBase>/api/oauth/callback/<PLATFORM>}), and how patient calls are.
 *
 * @param attempts tries of a call that failed for a reason that may pass (no answer, 5xx, 429)
 * @param backoffBase the first retry waits up to this long, each later one up to twice as long
 */
public record OAuthSettings(URI redirectBase, Map<Family, OAuthClientSettings> clients, Duration connectTimeout,
                            Duration requestTimeout, int attempts, Duration backoffBase, Duration backoffCap) {

    public OAuthSettings {
        Objects.requireNonNull(redirectBase, "redirectBase");
        clients = Map.copyOf(clients);
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(requestTimeout, "requestTimeout");
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts must be at least 1");
        }
        Objects.requireNonNull(backoffBase, "backoffBase");
        Objects.requireNonNull(backoffCap, "backoffCap");
    }

    /** 5 s to connect, 10 s an answer, 3 attempts waiting up to 0.5 s, 1 s. */
    public static OAuthSettings of(URI redirectBase, Map<Family, OAuthClientSettings> clients) {
        return new OAuthSettings(redirectBase, clients, Duration.ofSeconds(5), Duration.ofSeconds(10), 3,
                Duration.ofMillis(500), Duration.ofSeconds(4));
    }

    URI redirectUri(net.adtelligent.domain.fact.Platform platform) {
        return URI.create(redirectBase.toString().replaceAll("/+$", "") + "/api/oauth/callback/" + platform.name() + "/");
    }
}
