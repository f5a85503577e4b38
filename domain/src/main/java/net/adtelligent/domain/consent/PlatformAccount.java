package net.adtelligent.domain.consent;

import java.util.Objects;

/** An account a platform's token can see (an ad account, a customer, a property, a site), offered to pick. */
public record PlatformAccount(String id, String name) {

    public PlatformAccount {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
    }
}
