package net.adtelligent.ports.in;

import io.vavr.control.Either;
import java.util.List;
import java.util.Objects;
import net.adtelligent.domain.Rejection;
import net.adtelligent.domain.fact.Platform;
import net.adtelligent.domain.tenant.Slug;

/**
 * Which conversion actions count for a tenant, per setting of the data contracts (Meta action
 * types, LinkedIn conversion fields). Reading needs the metrics permission; changing, the
 * connection one. A change applies to data normalised from then on.
 */
public interface ConversionChoices {

    /** Every setting, with the tenant's choice or the defaults. */
    Either<Rejection, List<Choice>> list(Actor actor, Slug tenant);

    /** Values: 1 to 100 non-blank names of at most 200 characters, no duplicates. */
    Either<Rejection, Choice> change(Actor actor, Slug tenant, String setting, List<String> values);

    /** Back to the contract's defaults. */
    Either<Rejection, Choice> reset(Actor actor, Slug tenant, String setting);

    record Choice(String setting, Platform platform, String description, List<String> values, List<String> defaults,
                  boolean isDefault) {
        public Choice {
            Objects.requireNonNull(setting, "setting");
            values = List.copyOf(values);
            defaults = List.copyOf(defaults);
        }
    }
}
