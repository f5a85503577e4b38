package net.adtelligent.domain.permission;

import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.adtelligent.domain.fact.Platform;

/**
 * The gate an OAuth consent passes: the scopes it asks for and the check of what was granted. The
 * catalog decides, unless an override (ADT_OAUTH_&lt;PLATFORM&gt;_SCOPES) replaces a platform's list;
 * an override is an operator's emergency lever, and the drift check reports every one that differs
 * from the catalog.
 */
public final class RequestedScopes {

    private final PermissionCatalog catalog;
    private final Map<PermissionPlatform, List<String>> overrides;

    public RequestedScopes(PermissionCatalog catalog, Map<PermissionPlatform, List<String>> overrides) {
        this.catalog = catalog;
        this.overrides = new EnumMap<>(PermissionPlatform.class);
        overrides.forEach((platform, scopes) -> this.overrides.put(platform, List.copyOf(scopes)));
    }

    public PermissionCatalog catalog() {
        return catalog;
    }

    public Optional<List<String>> override(PermissionPlatform platform) {
        return Optional.ofNullable(overrides.get(platform));
    }

    /**
     * What a consent for the product asks for. With an override, its share of the overriding list:
     * the scopes the catalog gives this product and those the catalog does not know (one app asks
     * one list; a GA4 consent must not ask for the Google Ads scope).
     */
    public List<String> scopesToRequest(Platform product, Set<String> enabledFeatures) {
        Optional<PermissionPlatform> platform = PermissionPlatform.of(product);
        if (platform.isEmpty() || !overrides.containsKey(platform.get())) {
            return catalog.scopesToRequest(product, enabledFeatures);
        }
        PlatformCatalog known = catalog.of(platform.get());
        return overrides.get(platform.get()).stream()
                .filter(scope -> known.permissions().stream().noneMatch(permission -> permission.scope().equals(scope))
                        || known.of(product).stream().anyMatch(permission -> permission.scope().equals(scope)))
                .toList();
    }

    /** The product's required_now scopes a grant lacks, whatever an override asked for. */
    public List<String> missingRequired(Platform product, Collection<String> grantedScopes) {
        return catalog.missingRequired(product, grantedScopes);
    }
}
