package net.adtelligent.domain.permission;

import java.util.List;
import java.util.Objects;

/**
 * What one platform's consents ask for now.
 *
 * @param oauthConfigured whether the service has an OAuth client for the platform, so consents can start at all
 * @param requested       the scopes its consents ask for without optional features (the override's, when one is set)
 * @param overridden      whether {@link PermissionPlatform#scopesSetting()} replaces the catalog's list
 */
public record PlatformState(PermissionPlatform platform, boolean oauthConfigured, List<String> requested,
                            boolean overridden) {

    public PlatformState {
        Objects.requireNonNull(platform, "platform");
        requested = List.copyOf(requested);
    }
}
