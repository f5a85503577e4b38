package net.adtelligent.memory;

import io.vavr.control.Option;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import net.adtelligent.domain.identity.Membership;
import net.adtelligent.domain.identity.Role;
import net.adtelligent.domain.identity.UserId;
import net.adtelligent.domain.tenant.TenantId;
import net.adtelligent.ports.out.MembershipStore;

/** Memberships in memory, lost when the JVM stops. Thread-safe. */
public final class InMemoryMembershipStore implements MembershipStore {

    /** Oldest first; ties broken by the ids' text, as PostgreSQL orders uuids, so both list alike. */
    private static final Comparator<Membership> OLDEST_FIRST = Comparator.comparing(Membership::createdAt)
            .thenComparing(m -> m.tenantId().toString())
            .thenComparing(m -> m.userId().toString());

    private record Key(TenantId tenant, UserId user) {
    }

    private final Map<Key, Membership> memberships = new ConcurrentHashMap<>();

    @Override
    public void put(Membership membership) {
        Key key = new Key(membership.tenantId(), membership.userId());
        Undo.remember(memberships, key);
        memberships.merge(key, membership,
                (stored, changed) -> new Membership(stored.tenantId(), stored.userId(), changed.role(), stored.createdAt()));
    }

    @Override
    public Option<Membership> of(TenantId tenant, UserId user) {
        return Option.of(memberships.get(new Key(tenant, user)));
    }

    @Override
    public List<Membership> ofTenant(TenantId tenant) {
        return matching(m -> m.tenantId().equals(tenant));
    }

    @Override
    public List<Membership> ofUser(UserId user) {
        return matching(m -> m.userId().equals(user));
    }

    /** In memory one unit of work runs at a time ({@link InMemoryUnitOfWork}): that is the lock. */
    @Override
    public List<Membership> lockOwners(TenantId tenant) {
        return matching(m -> m.tenantId().equals(tenant) && m.role() == Role.OWNER);
    }

    @Override
    public boolean remove(TenantId tenant, UserId user) {
        Key key = new Key(tenant, user);
        Undo.remember(memberships, key);
        return memberships.remove(key) != null;
    }

    private List<Membership> matching(Predicate<Membership> wanted) {
        return memberships.values().stream().filter(wanted).sorted(OLDEST_FIRST).toList();
    }
}
