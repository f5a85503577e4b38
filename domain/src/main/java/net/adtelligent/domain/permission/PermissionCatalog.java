package net.adtelligent.domain.permission;

import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.adtelligent.domain.fact.Platform;

/**
 * Every platform's permissions, as the catalog files (docs/permissions/) record them: the one
 * source of what consents ask for, what the connectors' scopes must match and what the review
 * checklist says.
 */
public final class PermissionCatalog {

    private final Map<PermissionPlatform, PlatformCatalog> platforms;

    private PermissionCatalog(Map<PermissionPlatform, PlatformCatalog> platforms) {
        this.platforms = platforms;
    }

    /** A catalog with exactly one file's worth of permissions for each platform. */
    public static PermissionCatalog of(Collection<PlatformCatalog> files) {
        Map<PermissionPlatform, PlatformCatalog> byPlatform = new EnumMap<>(PermissionPlatform.class);
        for (PlatformCatalog file : files) {
            if (byPlatform.put(file.platform(), file) != null) {
                throw new IllegalArgumentException("two catalogs for " + file.platform().key());
            }
        }
        for (PermissionPlatform platform : PermissionPlatform.values()) {
            if (!byPlatform.containsKey(platform)) {
                throw new IllegalArgumentException("no catalog for " + platform.key() + " (" + platform.fileName() + ")");
            }
        }
        return new PermissionCatalog(byPlatform);
    }

    /** Every platform's permissions, Meta first. */
    public List<PlatformCatalog> all() {
        return List.copyOf(platforms.values());
    }

    public PlatformCatalog of(PermissionPlatform platform) {
        return platforms.get(platform);
    }

    /**
     * What a consent for the product asks for: its required_now permissions, and its
     * optional_near_term ones whose feature the tenant turned on; in catalog order.
     */
    public List<String> scopesToRequest(Platform product, Set<String> enabledFeatures) {
        return productPermissions(product).stream()
                .filter(permission -> permission.status() == PermissionStatus.REQUIRED_NOW
                        || permission.status() == PermissionStatus.OPTIONAL_NEAR_TERM
                        && enabledFeatures.contains(permission.feature()))
                .map(PlatformPermission::scope).distinct().toList();
    }

    /** The product's required_now permissions a grant lacks: the consent did not give what the product needs. */
    public List<String> missingRequired(Platform product, Collection<String> grantedScopes) {
        return productPermissions(product).stream()
                .filter(permission -> permission.status() == PermissionStatus.REQUIRED_NOW)
                .map(PlatformPermission::scope).filter(scope -> !grantedScopes.contains(scope)).distinct().toList();
    }

    /** The features of the product that a tenant may turn on, each asking for more permissions. */
    public List<String> optionalFeatures(Platform product) {
        return productPermissions(product).stream()
                .filter(permission -> permission.status() == PermissionStatus.OPTIONAL_NEAR_TERM)
                .map(PlatformPermission::feature).distinct().toList();
    }

    private List<PlatformPermission> productPermissions(Platform product) {
        return PermissionPlatform.of(product).map(platform -> platforms.get(platform).of(product)).orElse(List.of());
    }
}
