package net.adtelligent.domain.permission;

import java.util.Objects;
import net.adtelligent.domain.fact.Platform;

/**
 * One permission (Meta) or scope (OAuth) as the catalog records it: which product it serves, where
 * it stands, the feature that needs it, and what the platform's review must be shown of it.
 *
 * @param useCase    the use case told to the platform's reviewers, in the product's words
 * @param screencast what the screencast submitted with the review must show, step by step
 */
public record PlatformPermission(String scope, Platform product, PermissionStatus status, String feature, String why,
                         String useCase, String screencast) {

    public PlatformPermission {
        requireText(scope, "scope");
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(status, "status");
        requireText(feature, "feature");
        requireText(why, "why");
        requireText(useCase, "useCase");
        requireText(screencast, "screencast");
    }

    private static void requireText(String text, String name) {
        Objects.requireNonNull(text, name);
        if (text.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }
}
