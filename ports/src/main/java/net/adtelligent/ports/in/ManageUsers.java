package net.adtelligent.ports.in;

import io.vavr.control.Either;
import io.vavr.control.Option;
import net.adtelligent.domain.Rejection;
import net.adtelligent.domain.identity.Membership;
import net.adtelligent.domain.identity.Role;
import net.adtelligent.domain.identity.User;

/** Accounts made by an operator (CLI, start-up), not through an invitation. */
public interface ManageUsers {

    Either<Rejection, User> createUser(String email, String password, Actor actor);

    Option<User> byEmail(String email);

    /** Gives a user a role in a tenant; only the system may do this without an invitation. */
    Either<Rejection, Membership> addMember(String tenantSlug, User user, Role role, Actor actor);
}
