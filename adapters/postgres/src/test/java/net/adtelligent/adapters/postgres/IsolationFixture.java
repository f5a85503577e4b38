package net.adtelligent.adapters.postgres;

import static net.adtelligent.ports.out.IdentityFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.vavr.control.Option;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.adtelligent.domain.audit.AuditEvent;
import net.adtelligent.domain.audit.ClientInfo;
import net.adtelligent.domain.identity.Invitation;
import net.adtelligent.domain.identity.Membership;
import net.adtelligent.domain.identity.Role;
import net.adtelligent.domain.identity.UserId;
import net.adtelligent.domain.tenant.TenantId;
import net.adtelligent.ports.out.IdentityFixtures;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.jdbi.v3.core.Jdbi;

/**
 * Two tenants with members, invitations and audit events, stored through the adapters, for the
 * isolation tests. userA belongs to A, userB to B, userBoth to both. The owner connection logs in
 * as the superuser, which bypasses the policies: it sees what is really there.
 */
record IsolationFixture(PostgresDatabase database, Jdbi owner, TenantId tenantA, TenantId tenantB,
                        UserId userA, UserId userB, UserId userBoth) {

    static final String INSUFFICIENT_PRIVILEGE = "42501";

    static IsolationFixture seeded() {
        PostgresSettings settings = EmbeddedPostgresFixture.migratedDatabase();
        PostgresDatabase database = PostgresDatabase.open(settings);
        TenantId tenantA = IdentityFixtures.newTenant(database.tenantStore());
        TenantId tenantB = IdentityFixtures.newTenant(database.tenantStore());
        UserId userA = IdentityFixtures.newUser(database.userStore());
        UserId userB = IdentityFixtures.newUser(database.userStore());
        UserId userBoth = IdentityFixtures.newUser(database.userStore());
        database.membershipStore().put(new Membership(tenantA, userA, Role.OWNER, NOW));
        database.membershipStore().put(new Membership(tenantA, userBoth, Role.ANALYST, NOW));
        database.membershipStore().put(new Membership(tenantB, userB, Role.VIEWER, NOW));
        database.membershipStore().put(new Membership(tenantB, userBoth, Role.ADMIN, NOW));
        for (TenantId tenant : new TenantId[] {tenantA, tenantB}) {
            UserId inviter = tenant.equals(tenantA) ? userA : userB;
            database.invitationStore().add(Invitation.issue(IdentityFixtures.tokenHash(), tenant,
                    IdentityFixtures.uniqueEmail(), Role.VIEWER, inviter, NOW));
            database.auditLog().record(new AuditEvent(UUID.randomUUID(), Option.of(tenant), Option.of(inviter),
                    "member.invited", "invitation", "x@example.com", ClientInfo.local("test"), NOW,
                    Map.of("role", "viewer")));
        }
        Jdbi owner = Jdbi.create(settings.jdbcUrl(), settings.user(), settings.password());
        return new IsolationFixture(database, owner, tenantA, tenantB, userA, userB, userBoth);
    }

    /** Counts rows as the owner; {@code fromWhere} names the table and a condition on one tenant (?). */
    int ownerCount(String fromWhere, TenantId tenant) {
        return owner.withHandle(handle -> handle.createQuery("select count(*) from " + fromWhere)
                .bind(0, tenant.value()).mapTo(Integer.class).one());
    }

    /** The tenants whose rows of {@code table} a transaction of {@code tenant} sees, as the application role. */
    static List<UUID> tenantsSeen(Transactions transactions, TenantId tenant, String table) {
        return transactions.inTenant(tenant, handle -> handle
                .createQuery("select distinct tenant_id from " + table).mapTo(UUID.class).list());
    }

    /** The rows of {@code table} a transaction that names no tenant sees, as the application role. */
    static int rowsSeenWithoutTenant(Transactions transactions, String table) {
        return transactions.inDirectory(handle -> handle
                .createQuery("select count(*) from " + table).mapTo(Integer.class).one());
    }

    static String sqlStateOf(ThrowingCallable statement) {
        PostgresStatementException failure = catchThrowableOfType(PostgresStatementException.class, statement);
        assertThat(failure).as("statement should have failed").isNotNull();
        return failure.sqlState();
    }
}
