package net.adtelligent.domain.permission;

import java.util.Objects;

/**
 * One row of the drift table.
 *
 * @param scope  the permission concerned, or "-" for the checklist as a whole
 * @param detail what differs and where, in one line, with what to do about it
 */
public record Difference(PermissionPlatform platform, String scope, DriftKind kind, String detail) {

    public Difference {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(detail, "detail");
    }
}
