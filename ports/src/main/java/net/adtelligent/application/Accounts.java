package net.adtelligent.application;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import net.adtelligent.domain.Rejection;
import net.adtelligent.domain.audit.AuditAction;
import net.adtelligent.domain.identity.AccessRejection;
import net.adtelligent.domain.identity.Email;
import net.adtelligent.domain.identity.IdentityRejection;
import net.adtelligent.domain.identity.Membership;
import net.adtelligent.domain.identity.Role;
import net.adtelligent.domain.identity.User;
import net.adtelligent.domain.identity.UserId;
import net.adtelligent.domain.tenant.Slug;
import net.adtelligent.ports.in.Actor;
import net.adtelligent.ports.in.system.ManageUsers;
import net.adtelligent.ports.out.MembershipStore;
import net.adtelligent.ports.out.TenantStore;
import net.adtelligent.ports.out.UnitOfWork;
import net.adtelligent.ports.out.UserStore;

/** Creating accounts (by an operator or through an invitation) and checking their passwords. */
final class Accounts implements ManageUsers {

    private final UserStore users;
    private final MembershipStore memberships;
    private final TenantStore tenants;
    private final Passwords passwords;
    private final UnitOfWork units;
    private final AuditTrail audit;
    private final Clock clock;

    Accounts(UserStore users, MembershipStore memberships, TenantStore tenants, Passwords passwords, UnitOfWork units,
             AuditTrail audit, Clock clock) {
        this.users = users;
        this.memberships = memberships;
        this.tenants = tenants;
        this.passwords = passwords;
        this.units = units;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public Either<Rejection, User> createUser(Actor actor, String email, String password) {
        var parsed = Email.parse("email", email);
        if (parsed.isInvalid()) {
            return Either.left(new IdentityRejection.Invalid(List.of(parsed.getError())));
        }
        // Hashed before the unit: a slow hash holds no connection.
        return prepare(parsed.get(), password).flatMap(user -> units.decide(() -> store(user, actor)));
    }

    @Override
    public Option<User> byEmail(String email) {
        return Email.parse("email", email).toOption().flatMap(users::byEmail);
    }

    @Override
    public Either<Rejection, Membership> addMember(Actor actor, String tenantSlug, User user, Role role) {
        if (!actor.isSystem()) {
            return Either.left(new AccessRejection.Forbidden("members join through invitations"));
        }
        return Slug.parse("slug", tenantSlug).toOption().flatMap(tenants::bySlug)
                .<Rejection>toEither(() -> new AccessRejection.NotFound(tenantSlug))
                .map(tenant -> units.inTenant(tenant.id(), () -> {
                    Membership membership = new Membership(tenant.id(), user.id(), role, clock.instant());
                    memberships.put(membership);
                    audit.tenant(actor, tenant.id(), AuditAction.MEMBER_JOINED, "user", user.id().toString(),
                            Map.of("role", role.wireName(), "via", actor.client().userAgent()));
                    return membership;
                }));
    }

    /** A new account with a checked, hashed password; not stored yet. */
    Either<Rejection, User> prepare(Email email, String password) {
        return passwords.hashNew("password", password, email)
                .<Rejection>mapLeft(rejection -> rejection)
                .map(hash -> User.register(UserId.random(), email, hash, clock.instant()));
    }

    Either<Rejection, User> store(User user, Actor actor) {
        return users.add(user).<Rejection>mapLeft(taken -> taken).peek(stored ->
                audit.account(actor.user(), actor.client(), AuditAction.USER_CREATED, "user", stored.id().toString(), Map.of()));
    }

    /** An existing account joining through an invitation proves it is theirs with its password. */
    Either<Rejection, User> checkPassword(User user, String password) {
        return passwords.hasher().verify(password == null ? "" : password, user.passwordHash())
                ? Either.right(user)
                : Either.left(new IdentityRejection.InvalidCredentials());
    }
}
