package net.adtelligent.memory;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.adtelligent.domain.identity.Email;
import net.adtelligent.domain.identity.IdentityRejection;
import net.adtelligent.domain.identity.User;
import net.adtelligent.domain.identity.UserId;
import net.adtelligent.ports.out.UserStore;

/** Users in memory, lost when the JVM stops. Thread-safe: writes are serialised, reads are not. */
public final class InMemoryUserStore implements UserStore {

    private final Map<UserId, User> byId = new ConcurrentHashMap<>();
    // Email is kept in lower case by the domain, so its value is the case-insensitive key.
    private final Map<Email, User> byEmail = new ConcurrentHashMap<>();

    @Override
    public synchronized Either<IdentityRejection.EmailTaken, User> add(User user) {
        if (byEmail.containsKey(user.email())) {
            return Either.left(new IdentityRejection.EmailTaken(user.email()));
        }
        if (byId.containsKey(user.id())) {
            throw new IllegalArgumentException("a user with id " + user.id() + " exists already");
        }
        remember(user);
        byId.put(user.id(), user);
        byEmail.put(user.email(), user);
        return Either.right(user);
    }

    @Override
    public Option<User> byId(UserId id) {
        return Option.of(byId.get(id));
    }

    @Override
    public Option<User> byEmail(Email email) {
        return Option.of(byEmail.get(email));
    }

    /** The email is fixed: changing it here would slip past the uniqueness that add checks. */
    @Override
    public synchronized void replace(User user) {
        User stored = byId.get(user.id());
        if (stored == null || !stored.email().equals(user.email())) {
            throw new IllegalArgumentException("no stored user " + user.id() + " with that email");
        }
        remember(user);
        byId.put(user.id(), user);
        byEmail.put(user.email(), user);
    }

    private void remember(User user) {
        Undo.remember(byId, user.id());
        Undo.remember(byEmail, user.email());
    }
}
