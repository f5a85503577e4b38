package net.adtelligent.domain.consent;

import io.vavr.control.Option;
import java.util.Objects;
import java.util.UUID;

/** One consent in progress, from its start to the account picked. */
public record GrantId(UUID value) {

    public GrantId {
        Objects.requireNonNull(value, "value");
    }

    public static GrantId random() {
        return new GrantId(UUID.randomUUID());
    }

    /** Text that is not a UUID names no grant. */
    public static Option<GrantId> parse(String text) {
        try {
            return Option.of(new GrantId(UUID.fromString(text)));
        } catch (IllegalArgumentException | NullPointerException notUuid) {
            return Option.none();
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
