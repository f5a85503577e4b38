package net.adtelligent.domain.identity;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import net.adtelligent.domain.tenant.TenantId;

/**
 * An invitation of an email address into a tenant with a role, accepted once through the link
 * in the mail (only the token's hash is stored). Accepting it creates the account with the
 * password the invitee chooses. It ends when accepted, revoked or expired, whichever comes first.
 */
public record Invitation(InvitationId id, String tokenHash, TenantId tenantId, Email email, Role role, UserId invitedBy,
                         Instant issuedAt, Instant expiresAt, Option<Instant> acceptedAt, Option<Instant> revokedAt) {

    public static final Duration LIFETIME = Duration.ofDays(7);

    public Invitation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tokenHash, "tokenHash");
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(invitedBy, "invitedBy");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(acceptedAt, "acceptedAt");
        Objects.requireNonNull(revokedAt, "revokedAt");
    }

    public static Invitation issue(String tokenHash, TenantId tenantId, Email email, Role role, UserId invitedBy, Instant now) {
        return new Invitation(InvitationId.random(), tokenHash, tenantId, email, role, invitedBy, now, now.plus(LIFETIME),
                Option.none(), Option.none());
    }

    public boolean usableAt(Instant now) {
        return acceptedAt.isEmpty() && revokedAt.isEmpty() && now.isBefore(expiresAt);
    }

    public Invitation acceptedAt(Instant now) {
        return new Invitation(id, tokenHash, tenantId, email, role, invitedBy, issuedAt, expiresAt, Option.of(now), revokedAt);
    }

    public Invitation revokedAt(Instant now) {
        return new Invitation(id, tokenHash, tenantId, email, role, invitedBy, issuedAt, expiresAt, acceptedAt, Option.of(now));
    }

    /**
     * The membership accepting this invitation makes, decided when it is accepted rather than when it
     * was sent: it grants only what its sender may grant today, as a role change by them would. The
     * sender must still be a member whose role may assign the invited role; an invitee who is a member
     * already changes role under {@link Membership#changeRole}'s rules (the last owner stays one).
     *
     * @param sender   the sender's membership in the tenant now, if they still have one
     * @param existing the invitee's membership now, if they are a member already
     * @param owners   the tenant's owners, counted under the lock every member change takes
     */
    public Either<AccessRejection, Membership> admit(UserId joiner, Option<Membership> sender,
                                                     Option<Membership> existing, long owners, Instant now) {
        if (sender.isEmpty() || !sender.get().role().mayAssign(role)) {
            return Either.left(new AccessRejection.Forbidden(
                    "whoever sent this invitation may no longer grant the role " + role.wireName()));
        }
        if (existing.isDefined()) {
            return existing.get().changeRole(sender.get(), role, owners);
        }
        return Either.right(new Membership(tenantId, joiner, role, now));
    }
}
