package net.adtelligent.ports.out;

import io.vavr.control.Option;
import java.util.List;
import net.adtelligent.domain.identity.Membership;
import net.adtelligent.domain.identity.UserId;
import net.adtelligent.domain.tenant.TenantId;

/** Who belongs to which tenant, in which role. At most one membership per user and tenant. */
public interface MembershipStore {

    /** Adds the membership, or replaces the role of the existing one (keeping its createdAt). */
    void put(Membership membership);

    Option<Membership> of(TenantId tenant, UserId user);

    /** Members of one tenant, oldest first. */
    List<Membership> ofTenant(TenantId tenant);

    /** Every membership of one user, across tenants: what they may open. */
    List<Membership> ofUser(UserId user);

    /**
     * The tenant's owners, oldest first, read after taking the lock that every role change and
     * removal takes first: inside a {@link UnitOfWork}, no other unit changes this tenant's members
     * until the unit ends, so a rule over the count ("a tenant keeps an owner") holds when two
     * owners act at the same moment. Outside a unit the lock ends with the call.
     */
    List<Membership> lockOwners(TenantId tenant);

    /** Removes the membership; false when there was none. */
    boolean remove(TenantId tenant, UserId user);
}
