package net.adtelligent.domain.permission;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import net.adtelligent.domain.fact.Platform;

/**
 * One platform's catalog file: the app its users grant permissions to, how the platform reviews
 * that app, and every permission the product knows of there, in the order the review lists them.
 */
public record PlatformCatalog(PermissionPlatform platform, String app, String review, List<PlatformPermission> permissions) {

    public PlatformCatalog {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(app, "app");
        Objects.requireNonNull(review, "review");
        permissions = List.copyOf(permissions);
        Set<String> seen = new HashSet<>();
        for (PlatformPermission permission : permissions) {
            if (!platform.products().contains(permission.product())) {
                throw new IllegalArgumentException(permission.scope() + ": " + permission.product()
                        + " is not a product of " + platform.key());
            }
            if (!seen.add(permission.scope() + " " + permission.product())) {
                throw new IllegalArgumentException(permission.scope() + " is listed twice for " + permission.product());
            }
        }
    }

    public Optional<PlatformPermission> find(String scope) {
        return permissions.stream().filter(permission -> permission.scope().equals(scope)).findFirst();
    }

    public List<PlatformPermission> withStatus(PermissionStatus status) {
        return permissions.stream().filter(permission -> permission.status() == status).toList();
    }

    /** The scopes every consent asks for, of every product, each once, in catalog order. */
    public List<String> requiredNow() {
        return withStatus(PermissionStatus.REQUIRED_NOW).stream().map(PlatformPermission::scope).distinct().toList();
    }

    public List<PlatformPermission> of(Platform product) {
        return permissions.stream().filter(permission -> permission.product() == product).toList();
    }
}
