package net.adtelligent.domain.fact;

import java.util.List;
import java.util.Objects;

/**
 * A choice a tenant makes about what counts as a conversion on one platform (say, which Meta
 * action types), as a data contract defines it: its name (e.g. {@code meta_ads.conversion_action_types}),
 * what it means, and the values that count when the tenant has not chosen.
 */
public record ConversionSetting(String name, Platform platform, String description, List<String> defaults) {

    public ConversionSetting {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(description, "description");
        defaults = List.copyOf(defaults);
    }
}
