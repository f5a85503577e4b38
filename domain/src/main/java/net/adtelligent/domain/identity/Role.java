package net.adtelligent.domain.identity;

import static net.adtelligent.domain.identity.Permission.CHANGE_MEMBERS;
import static net.adtelligent.domain.identity.Permission.UPLOAD_DATA;
import static net.adtelligent.domain.identity.Permission.VIEW_MEMBERS;
import static net.adtelligent.domain.identity.Permission.VIEW_METRICS;
import static net.adtelligent.domain.identity.Permission.VIEW_TENANT;

import io.vavr.control.Validation;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import net.adtelligent.domain.FieldViolation;

/**
 * A member's role in a tenant, and the role matrix: the one place that says what each role may
 * do. Everything else (use cases, the HTTP adapter, docs/security.md) asks it.
 */
public enum Role {
    OWNER(EnumSet.allOf(Permission.class)),
    ADMIN(EnumSet.allOf(Permission.class)),
    ANALYST(EnumSet.of(VIEW_TENANT, VIEW_MEMBERS, VIEW_METRICS, UPLOAD_DATA)),
    VIEWER(EnumSet.of(VIEW_TENANT, VIEW_METRICS));

    private final Set<Permission> permissions;

    Role(Set<Permission> permissions) {
        this.permissions = permissions;
    }

    public boolean may(Permission permission) {
        return permissions.contains(permission);
    }

    /**
     * Only owners make, unmake or change owners: an admin runs the workspace but cannot take it
     * over or lock its owners out.
     */
    public boolean mayAssign(Role role) {
        return may(CHANGE_MEMBERS) && (this == OWNER || role != OWNER);
    }

    public static Validation<FieldViolation, Role> parse(String field, String text) {
        for (Role role : values()) {
            if (role.wireName().equals(text)) {
                return Validation.valid(role);
            }
        }
        return Validation.invalid(new FieldViolation(field, "must be one of: owner, admin, analyst, viewer"));
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
