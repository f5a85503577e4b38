package net.adtelligent.adapters.postgres;

import static net.adtelligent.adapters.postgres.IsolationFixture.INSUFFICIENT_PRIVILEGE;
import static net.adtelligent.adapters.postgres.IsolationFixture.rowsSeenWithoutTenant;
import static net.adtelligent.adapters.postgres.IsolationFixture.sqlStateOf;
import static net.adtelligent.adapters.postgres.IsolationFixture.tenantsSeen;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.adtelligent.domain.connection.Connection;
import net.adtelligent.domain.connection.ConnectionId;
import net.adtelligent.domain.fact.Platform;
import net.adtelligent.domain.tenant.TenantId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Row-level security on connections, proven as the application role with hand-written SQL that
 * leaves out "where tenant_id = ...": tenant A can neither read, change nor plant B's connections.
 */
class ConnectionIsolationTest {

    private static final String PLANTED = """
            insert into connections (id, tenant_id, platform, external_account_id, name, status, created_at, updated_at)
            values (gen_random_uuid(), :tenant, 'CSV', 'planted', 'planted', 'active', now(), now())
            """;

    private static IsolationFixture world;
    private static Transactions transactions;

    @BeforeAll
    static void seedTwoTenants() {
        world = IsolationFixture.seeded();
        transactions = world.database().transactions();
        for (TenantId tenant : List.of(world.tenantA(), world.tenantB())) {
            world.database().connectionStore().add(Connection.recordOf(ConnectionId.random(), tenant, Platform.CSV,
                    "shop", "Shop", IdentityNow.NOW));
        }
    }

    @AfterAll
    static void closeDatabase() {
        world.database().close();
    }

    @Test
    void select_givenTenantAOrNone_seesOnlyRowsOfAOrNothing() {
        assertThat(tenantsSeen(transactions, world.tenantA(), "connections")).containsExactly(world.tenantA().value());
        assertThat(rowsSeenWithoutTenant(transactions, "connections")).isZero();
    }

    @Test
    void updateDeleteInsert_givenTenantA_touchNoRowOfB() {
        int updated = transactions.inTenant(world.tenantA(), handle -> handle
                .createUpdate("update connections set name = 'hijacked' where tenant_id = :b")
                .bind("b", world.tenantB().value()).execute());
        String deleted = sqlStateOf(() -> transactions.inTenant(world.tenantA(), handle -> handle
                .createUpdate("delete from connections where tenant_id = :b").bind("b", world.tenantB().value()).execute()));
        String planted = sqlStateOf(() -> transactions.inTenant(world.tenantA(), handle -> handle.createUpdate(PLANTED)
                .bind("tenant", world.tenantB().value()).execute()));
        String plantedWithoutTenant = sqlStateOf(() -> transactions.inDirectory(handle -> handle.createUpdate(PLANTED)
                .bind("tenant", world.tenantA().value()).execute()));

        assertThat(updated).isZero();
        assertThat(List.of(deleted, planted, plantedWithoutTenant)).containsOnly(INSUFFICIENT_PRIVILEGE);
        assertThat(world.ownerCount("connections where tenant_id = ? and name = 'Shop'", world.tenantB())).isEqualTo(1);
    }

    /** The time the fixtures record. */
    private static final class IdentityNow {
        static final java.time.Instant NOW = net.adtelligent.ports.out.IdentityFixtures.NOW;
    }
}
