package net.adtelligent.ports.in;

import io.vavr.control.Option;
import java.util.Objects;
import net.adtelligent.domain.audit.ClientInfo;
import net.adtelligent.domain.identity.UserId;

/**
 * Who asks a use case to act: a signed-in user, held to their memberships, or the system itself
 * (the CLI run by an operator, start-up, scheduled work), which is trusted and audited as such.
 */
public record Actor(Option<UserId> user, ClientInfo client) {

    public Actor {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(client, "client");
    }

    public static Actor user(UserId user, ClientInfo client) {
        return new Actor(Option.of(user), client);
    }

    public static Actor system(String what) {
        return new Actor(Option.none(), ClientInfo.local(what));
    }

    public boolean isSystem() {
        return user.isEmpty();
    }
}
