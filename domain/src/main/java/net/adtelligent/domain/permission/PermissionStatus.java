package net.adtelligent.domain.permission;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Where a permission stands in the catalog; the lower-case names are those of the catalog files. */
public enum PermissionStatus {
    /** Asked for at every consent: the product does not work without it. */
    REQUIRED_NOW,
    /** Asked for only when the tenant turns on the feature that needs it. */
    OPTIONAL_NEAR_TERM,
    /** Known and deliberately never asked for. */
    NOT_REQUESTED,
    /** Withdrawn by the platform or replaced: never asked for, listed so a review recognises it. */
    DEPRECATED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether a consent may ask for a permission of this status at all. */
    public boolean requestable() {
        return this == REQUIRED_NOW || this == OPTIONAL_NEAR_TERM;
    }

    public static Optional<PermissionStatus> parse(String text) {
        return Arrays.stream(values()).filter(status -> status.wireName().equals(text)).findFirst();
    }

    public static String wireNames() {
        return String.join(", ", Arrays.stream(values()).map(PermissionStatus::wireName).toList());
    }
}
