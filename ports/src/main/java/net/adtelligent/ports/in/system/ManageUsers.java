package net.adtelligent.ports.in.system;

import io.vavr.control.Either;
import io.vavr.control.Option;
import net.adtelligent.domain.Rejection;
import net.adtelligent.domain.identity.Membership;
import net.adtelligent.domain.identity.Role;
import net.adtelligent.domain.identity.User;
import net.adtelligent.ports.in.Actor;

/** Accounts made by an operator (CLI, start-up), not through an invitation; the actor is who the audit names. */
public interface ManageUsers {

    Either<Rejection, User> createUser(Actor actor, String email, String password);

    /** No access check: the operator's look-up. */
    Option<User> byEmail(String email);

    /** Gives a user a role in a tenant; only the system may do this without an invitation. */
    Either<Rejection, Membership> addMember(Actor actor, String tenantSlug, User user, Role role);
}
