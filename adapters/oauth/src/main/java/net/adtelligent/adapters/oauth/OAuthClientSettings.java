package net.adtelligent.adapters.oauth;

import io.vavr.control.Option;
import java.net.URI;
import java.util.Map;
import java.util.Objects;

/**
 * One platform family's OAuth client: its id and secret, other values the connector needs (a
 * developer token, a Microsoft Entra tenant), and a base URL that replaces every host of the
 * platform (for a stub in tests). Its text shows no secret.
 *
 * @param extra by setting suffix: DEVELOPER_TOKEN, TENANT
 */
public record OAuthClientSettings(String clientId, String clientSecret, Map<String, String> extra,
                                  Option<URI> baseUrl) {

    public OAuthClientSettings {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(clientSecret, "clientSecret");
        extra = Map.copyOf(extra);
        Objects.requireNonNull(baseUrl, "baseUrl");
    }

    Option<String> extra(String suffix) {
        return Option.of(extra.get(suffix)).filter(value -> !value.isBlank());
    }

    /** The host to call: the production one, or the base URL given instead. */
    String host(String production) {
        return baseUrl.map(base -> base.toString().replaceAll("/+$", "")).getOrElse(production);
    }

    @Override
    public String toString() {
        return "OAuthClientSettings[clientId=" + clientId + ", extra=" + extra.keySet() + ", baseUrl="
                + baseUrl.map(URI::toString).getOrElse("-") + "]";
    }
}
