package net.adtelligent.ports.out;

import io.vavr.control.Either;
import io.vavr.control.Option;
import net.adtelligent.domain.identity.Email;
import net.adtelligent.domain.identity.IdentityRejection;
import net.adtelligent.domain.identity.User;
import net.adtelligent.domain.identity.UserId;

/** Accounts. Emails are unique (they are stored in lower case), whatever runs concurrently. */
public interface UserStore {

    /** Stores a new user, or answers EmailTaken and stores nothing. */
    Either<IdentityRejection.EmailTaken, User> add(User user);

    Option<User> byId(UserId id);

    Option<User> byEmail(Email email);

    /** Replaces the stored user that has the same id (password, status); it must exist. */
    void replace(User user);
}
