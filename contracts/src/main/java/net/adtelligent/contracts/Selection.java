package net.adtelligent.contracts;

import java.util.List;
import java.util.Objects;

/**
 * A list the contract applies by default and a tenant may replace: which Meta action types or
 * which LinkedIn conversion fields count as conversions. {@code setting} names the tenant setting
 * that overrides {@code defaults}; the normaliser is handed the tenant's choice, the contract only
 * says where it plugs in.
 */
public record Selection(String setting, List<String> defaults) {

    public Selection {
        Objects.requireNonNull(setting, "setting");
        defaults = List.copyOf(defaults);
        if (defaults.isEmpty()) {
            throw new IllegalArgumentException("a selection has at least one default");
        }
    }
}
