package net.adtelligent.adapters.postgres;

import static net.adtelligent.adapters.postgres.Timestamps.instant;
import static net.adtelligent.adapters.postgres.Timestamps.utc;

import io.vavr.control.Option;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import net.adtelligent.domain.identity.Membership;
import net.adtelligent.domain.identity.Role;
import net.adtelligent.domain.identity.UserId;
import net.adtelligent.domain.tenant.TenantId;
import net.adtelligent.ports.out.MembershipStore;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Memberships, tenant-scoped: everything runs in its tenant's transaction, except listing one
 * user's memberships across tenants, which runs as that user (a policy of its own allows it).
 */
final class PostgresMembershipStore implements MembershipStore {

    private static final String COLUMNS = "tenant_id, user_id, role, created_at";

    /** A membership's key: the tenant and the user. */
    record Key(TenantId tenant, UserId user) {
    }

    private final Transactions transactions;
    private final RecentReads<Key, Option<Membership>> recent;

    PostgresMembershipStore(Transactions transactions, RecentReads<Key, Option<Membership>> recent) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.recent = Objects.requireNonNull(recent, "recent");
    }

    /** One statement, so a concurrent put of the same pair cannot make a second row or lose createdAt. */
    @Override
    public void put(Membership membership) {
        transactions.inTenant(membership.tenantId(), handle -> handle.createUpdate("""
                        insert into memberships (%s) values (:tenant_id, :user_id, :role, :created_at)
                        on conflict (tenant_id, user_id) do update set role = excluded.role
                        """.formatted(COLUMNS))
                .bind("tenant_id", membership.tenantId().value())
                .bind("user_id", membership.userId().value())
                .bind("role", membership.role().wireName())
                .bind("created_at", utc(membership.createdAt()))
                .execute());
        recent.forget(new Key(membership.tenantId(), membership.userId()));
    }

    @Override
    public Option<Membership> of(TenantId tenant, UserId user) {
        return recent.get(new Key(tenant, user));
    }

    /** The lookup {@link #of} keeps for a moment; the database builds its {@link RecentReads} with it. */
    static Option<Membership> read(Transactions transactions, Key key) {
        TenantId tenant = key.tenant();
        UserId user = key.user();
        return Option.ofOptional(transactions.inTenant(tenant, handle -> handle
                .createQuery("select " + COLUMNS + " from memberships where tenant_id = :tenant_id and user_id = :user_id")
                .bind("tenant_id", tenant.value())
                .bind("user_id", user.value())
                .map(PostgresMembershipStore::membership)
                .findOne()));
    }

    @Override
    public List<Membership> ofTenant(TenantId tenant) {
        return transactions.inTenant(tenant, handle -> handle
                .createQuery("select " + COLUMNS + " from memberships where tenant_id = :tenant_id"
                        + " order by created_at, user_id")
                .bind("tenant_id", tenant.value())
                .map(PostgresMembershipStore::membership)
                .list());
    }

    @Override
    public List<Membership> ofUser(UserId user) {
        return transactions.asUser(user, handle -> handle
                .createQuery("select " + COLUMNS + " from memberships where user_id = :user_id"
                        + " order by created_at, tenant_id")
                .bind("user_id", user.value())
                .map(PostgresMembershipStore::membership)
                .list());
    }

    /**
     * The tenant's row is locked first ({@code for no key update}: rows that merely reference the
     * tenant are still inserted meanwhile), so every role change and removal of the tenant's members
     * queues behind the one that holds it, until its unit ends; the owners are read after the lock.
     */
    @Override
    public List<Membership> lockOwners(TenantId tenant) {
        return transactions.inTenant(tenant, handle -> {
            handle.createQuery("select id from tenants where id = :id for no key update")
                    .bind("id", tenant.value())
                    .mapTo(UUID.class)
                    .findOne();
            return handle.createQuery("select " + COLUMNS + " from memberships where tenant_id = :tenant_id"
                            + " and role = 'owner' order by created_at, user_id")
                    .bind("tenant_id", tenant.value())
                    .map(PostgresMembershipStore::membership)
                    .list();
        });
    }

    @Override
    public boolean remove(TenantId tenant, UserId user) {
        int removed = transactions.inTenant(tenant, handle -> handle
                .createUpdate("delete from memberships where tenant_id = :tenant_id and user_id = :user_id")
                .bind("tenant_id", tenant.value())
                .bind("user_id", user.value())
                .execute());
        recent.forget(new Key(tenant, user));
        return removed == 1;
    }

    private static Membership membership(ResultSet row, StatementContext context) throws SQLException {
        return new Membership(
                new TenantId(row.getObject("tenant_id", UUID.class)),
                new UserId(row.getObject("user_id", UUID.class)),
                role(row.getString("role")),
                instant(row, "created_at"));
    }

    /** Shared with invitations; the tables' checks keep the names known, so a miss is a bug. */
    static Role role(String wireName) {
        return Role.parse("role", wireName)
                .getOrElseThrow(() -> new IllegalStateException("unknown role in the database: " + wireName));
    }
}
