package net.adtelligent.adapters.airbyte;

import java.net.URI;
import java.util.Objects;

/**
 * Where Airbyte's public API is ({@code https://api.airbyte.com/v1} for Cloud,
 * {@code <host>/api/public/v1} self-managed), how to sign in, and the workspace and warehouse
 * destination every tenant's connection uses.
 */
public record AirbyteConfig(URI apiUrl, AirbyteCredentials credentials, String workspaceId, String destinationId,
                            ResiliencePolicy policy) {

    public AirbyteConfig {
        Objects.requireNonNull(apiUrl, "apiUrl");
        Objects.requireNonNull(credentials, "credentials");
        Objects.requireNonNull(workspaceId, "workspaceId");
        Objects.requireNonNull(destinationId, "destinationId");
        Objects.requireNonNull(policy, "policy");
        String text = apiUrl.toString();
        apiUrl = URI.create(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
    }
}
