package net.adtelligent.domain.tenant;

import io.vavr.control.Option;
import java.util.Objects;

/** A requested change to a tenant; an empty field is left as it is. */
public record TenantChanges(Option<String> displayName, Option<String> status) {

    public TenantChanges {
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(status, "status");
    }

    public static TenantChanges rename(String displayName) {
        return new TenantChanges(Option.of(displayName), Option.none());
    }

    public static TenantChanges status(TenantStatus status) {
        return new TenantChanges(Option.none(), Option.of(status.wireName()));
    }
}
