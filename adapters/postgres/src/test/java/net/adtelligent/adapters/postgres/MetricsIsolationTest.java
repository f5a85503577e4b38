package net.adtelligent.adapters.postgres;

import static net.adtelligent.adapters.postgres.IsolationFixture.INSUFFICIENT_PRIVILEGE;
import static net.adtelligent.adapters.postgres.IsolationFixture.sqlStateOf;
import static net.adtelligent.ports.out.IdentityFixtures.NOW;
import static net.adtelligent.adapters.postgres.IsolationFixture.rowsSeenWithoutTenant;
import static net.adtelligent.adapters.postgres.IsolationFixture.tenantsSeen;
import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.adtelligent.domain.tenant.TenantId;
import net.adtelligent.ports.out.AlertSink.Alert;
import net.adtelligent.ports.out.MetricsFixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Row-level security on metrics_snapshots and alerts, proven as the application role with
 * hand-written SQL that leaves out "where tenant_id = ...": tenant A can neither read nor write
 * tenant B's snapshots and alerts. The owner (a superuser) counts what is really there.
 */
class MetricsIsolationTest {

    private static final List<String> TABLES = List.of("metrics_snapshots", "alerts");
    /** A hand-written row for tenant :tenant per table, every required column filled, marked 'planted'. */
    private static final Map<String, String> PLANTED_ROWS = Map.of(
            "metrics_snapshots", """
                    insert into metrics_snapshots (tenant_id, generated_at, window_first, window_last, content_hash, content)
                    values (:tenant, now(), current_date, current_date, 'planted', '{}')
                    """,
            "alerts", """
                    insert into alerts (tenant_id, kind, message, raised_at) values (:tenant, 'planted', 'planted', now())
                    """);

    private static IsolationFixture world;
    private static Transactions transactions;

    @BeforeAll
    static void seedTwoTenants() {
        world = IsolationFixture.seeded();
        transactions = world.database().transactions();
        for (TenantId tenant : List.of(world.tenantA(), world.tenantB())) {
            world.database().snapshotStore().save(MetricsFixtures.snapshot(tenant, NOW, 1));
            world.database().alertSink().raise(new Alert(Option.of(tenant), "snapshot_stale", "kept", NOW));
        }
    }

    @AfterAll
    static void closeDatabase() {
        world.database().close();
    }

    @Test
    void select_givenTenantA_seesOnlyRowsOfA() {
        for (String table : TABLES) {
            List<UUID> tenants = tenantsSeen(transactions, world.tenantA(), table);

            assertThat(tenants).as(table).containsExactly(world.tenantA().value());
        }
        assertThat(world.database().snapshotStore().history(world.tenantA(), 10))
                .extracting(snapshot -> snapshot.tenantId()).containsExactly(world.tenantA());
    }

    @Test
    void select_givenNoTenantNamed_seesNoRows() {
        for (String table : TABLES) {
            int visible = rowsSeenWithoutTenant(transactions, table);

            assertThat(visible).as(table).isZero();
        }
    }

    @Test
    void updateAndDelete_givenTenantA_touchNoRowOfB() {
        int updatedSnapshots = transactions.inTenant(world.tenantA(), handle -> handle
                .createUpdate("update metrics_snapshots set content_hash = 'hijacked' where tenant_id = :b")
                .bind("b", world.tenantB().value()).execute());
        // Old snapshots are deleted, so the delete is granted: the policy alone stops it.
        int deletedSnapshots = transactions.inTenant(world.tenantA(), handle -> handle
                .createUpdate("delete from metrics_snapshots where tenant_id = :b")
                .bind("b", world.tenantB().value()).execute());
        // An alert's lifecycle columns may change, so that update is granted: the policy alone stops it.
        int updatedAlerts = transactions.inTenant(world.tenantA(), handle -> handle
                .createUpdate("update alerts set message = 'hijacked' where tenant_id = :b")
                .bind("b", world.tenantB().value()).execute());
        // Never its tenant, and never deleted: neither is granted.
        String movedAlerts = sqlStateOf(() -> transactions.inTenant(world.tenantA(), handle -> handle
                .createUpdate("update alerts set tenant_id = :a where tenant_id = :b")
                .bind("a", world.tenantA().value()).bind("b", world.tenantB().value()).execute()));
        String deletedAlerts = sqlStateOf(() -> transactions.inTenant(world.tenantA(), handle -> handle
                .createUpdate("delete from alerts where tenant_id = :b").bind("b", world.tenantB().value()).execute()));

        assertThat(List.of(updatedSnapshots, deletedSnapshots, updatedAlerts)).containsOnly(0);
        assertThat(List.of(movedAlerts, deletedAlerts)).containsOnly(INSUFFICIENT_PRIVILEGE);
        assertThat(world.ownerCount("metrics_snapshots where tenant_id = ? and content_hash = 'hash-1'", world.tenantB()))
                .isEqualTo(1);
        assertThat(world.ownerCount("alerts where tenant_id = ? and message = 'kept'", world.tenantB())).isEqualTo(1);
    }

    @Test
    void insert_givenTenantA_cannotWriteRowsOfBNorOfNoTenant() {
        List<String> states = new ArrayList<>();
        PLANTED_ROWS.forEach((table, insert) -> {
            states.add(sqlStateOf(() -> transactions.inTenant(world.tenantA(), handle -> handle.createUpdate(insert)
                    .bind("tenant", world.tenantB().value()).execute())));
            states.add(sqlStateOf(() -> transactions.inDirectory(handle -> handle.createUpdate(insert)
                    .bind("tenant", world.tenantA().value()).execute())));
        });

        assertThat(states).hasSize(4).containsOnly(INSUFFICIENT_PRIVILEGE);
        assertThat(world.ownerCount("metrics_snapshots where content_hash = 'planted' and tenant_id <> ?",
                world.tenantA())).isZero();
        assertThat(world.ownerCount("alerts where kind = 'planted' and tenant_id <> ?", world.tenantA())).isZero();
    }

    /**
     * Alerts of no tenant are nobody's: a directory table, which the service may add to and read, and
     * whose episodes it may move along their lifecycle, never rename or delete.
     */
    @Test
    void systemAlerts_givenCatalog_areADirectoryTableTheServiceAddsToButCannotRewrite() {
        Map<String, Object> table = world.owner().withHandle(handle -> handle.createQuery("""
                select c.relrowsecurity as secured,
                       has_table_privilege(:app, 'system_alerts', 'select') as may_select,
                       has_table_privilege(:app, 'system_alerts', 'insert') as may_insert,
                       has_table_privilege(:app, 'system_alerts', 'update') as may_update,
                       has_table_privilege(:app, 'system_alerts', 'delete') as may_delete,
                       has_column_privilege(:app, 'system_alerts', 'state', 'update') as may_update_state,
                       has_column_privilege(:app, 'system_alerts', 'kind', 'update') as may_update_kind
                from pg_class c where c.relname = 'system_alerts'
                """).bind("app", PostgresSettings.DEFAULT_APP_ROLE).mapToMap().one());

        assertThat(table).containsEntry("secured", false).containsEntry("may_select", true)
                .containsEntry("may_insert", true).containsEntry("may_update", false).containsEntry("may_delete", false)
                .containsEntry("may_update_state", true).containsEntry("may_update_kind", false);
    }
}
