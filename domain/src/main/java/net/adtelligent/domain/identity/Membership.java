package net.adtelligent.domain.identity;

import io.vavr.control.Either;
import java.time.Instant;
import java.util.Objects;
import net.adtelligent.domain.tenant.TenantId;

/** A user's role in one tenant, with the rules for changing it. */
public record Membership(TenantId tenantId, UserId userId, Role role, Instant createdAt) {

    public Membership {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /**
     * Changes this member's role on behalf of {@code actor}. Only owners touch owners, and a
     * tenant always keeps at least one owner.
     */
    public Either<AccessRejection, Membership> changeRole(Membership actor, Role newRole, long owners) {
        return checkChangeBy(actor, owners, newRole)
                .map(ok -> new Membership(tenantId, userId, newRole, createdAt));
    }

    /** Whether {@code actor} may remove this member; the last owner stays. */
    public Either<AccessRejection, Membership> removeBy(Membership actor, long owners) {
        return checkChangeBy(actor, owners, null).map(ok -> this);
    }

    private Either<AccessRejection, Membership> checkChangeBy(Membership actor, long owners, Role newRole) {
        if (!actor.tenantId.equals(tenantId)) {
            throw new IllegalArgumentException("actor is a member of another tenant");
        }
        if (!actor.role.mayAssign(role) || (newRole != null && !actor.role.mayAssign(newRole))) {
            return Either.left(new AccessRejection.Forbidden("only owners may grant, change or remove the owner role"));
        }
        boolean losesOwner = role == Role.OWNER && newRole != Role.OWNER;
        if (losesOwner && owners <= 1) {
            return Either.left(new AccessRejection.Conflict("a tenant keeps at least one owner"));
        }
        return Either.right(this);
    }
}
