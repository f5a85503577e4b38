package net.adtelligent.adapters.postgres;

import static net.adtelligent.adapters.postgres.IsolationFixture.INSUFFICIENT_PRIVILEGE;
import static net.adtelligent.adapters.postgres.IsolationFixture.sqlStateOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import java.util.Locale;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The audit tables: tenant-scoped like the rest for the application role, and append-only for
 * everyone. The owner here is a superuser, which bypasses every policy and privilege: only the
 * trigger can stop it, so what fails for it proves the trigger.
 */
class AuditLogIsolationTest {

    private static final List<String> AUDIT_TABLES = List.of("audit_events", "account_events");

    private static IsolationFixture world;
    private static Transactions transactions;

    @BeforeAll
    static void seedTwoTenants() {
        world = IsolationFixture.seeded();
        transactions = world.database().transactions();
    }

    @AfterAll
    static void closeDatabase() {
        world.database().close();
    }

    @Test
    void select_givenTenantA_seesOnlyEventsOfA() {
        List<UUID> tenants = transactions.inTenant(world.tenantA(), handle -> handle
                .createQuery("select distinct tenant_id from audit_events").mapTo(UUID.class).list());

        assertThat(tenants).containsExactly(world.tenantA().value());
    }

    @Test
    void insert_givenTenantA_cannotRecordEventsOfB() {
        String state = sqlStateOf(() -> transactions.inTenant(world.tenantA(), handle -> handle.createUpdate("""
                        insert into audit_events (id, tenant_id, action, target_type, target_id, client_address,
                                                  user_agent, correlation_id, at, details)
                        values (gen_random_uuid(), :b, 'planted', 't', 'i', 'a', 'u', 'c', now(), '{}')
                        """).bind("b", world.tenantB().value()).execute()));

        assertThat(state).isEqualTo(INSUFFICIENT_PRIVILEGE);
        assertThat(world.ownerCount("audit_events where tenant_id = ? and action = 'planted'", world.tenantB())).isZero();
    }

    @Test
    void updateDeleteTruncate_givenApplicationRole_areRefused() {
        for (String table : AUDIT_TABLES) {
            for (String statement : List.of("update " + table + " set action = 'rewritten'", "delete from " + table,
                    "truncate " + table)) {
                assertThat(sqlStateOf(() -> transactions.inTenant(world.tenantA(), handle -> handle.execute(statement))))
                        .as(statement).isEqualTo(INSUFFICIENT_PRIVILEGE);
            }
        }
    }

    @Test
    void updateDeleteTruncate_givenSuperuserOwner_areRefusedByTheTrigger() {
        for (String table : AUDIT_TABLES) {
            for (String operation : List.of("update", "delete", "truncate")) {
                String statement = switch (operation) {
                    case "update" -> "update " + table + " set action = 'rewritten'";
                    case "delete" -> "delete from " + table;
                    default -> "truncate " + table;
                };
                assertThatThrownBy(() -> world.owner().useHandle(handle -> handle.execute(statement)))
                        .as(statement)
                        .isInstanceOf(UnableToExecuteStatementException.class)
                        .hasMessageContaining("the audit log is append-only: "
                                + operation.toUpperCase(Locale.ROOT) + " on " + table);
            }
        }
        assertThat(world.ownerCount("audit_events where tenant_id = ? and action = 'member.invited'", world.tenantA()))
                .isEqualTo(1);
    }

    @Test
    void update_givenOwnerMatchingNoRowOrSilencingTriggers_isStillRefused() {
        assertThatThrownBy(() -> world.owner().useHandle(handle ->
                handle.execute("update audit_events set action = 'x' where false")))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> world.owner().useHandle(handle -> {
            handle.execute("set session_replication_role = replica");
            handle.execute("delete from audit_events");
        })).hasMessageContaining("append-only");
    }

    @Test
    void truncateTenantsCascade_givenOwner_isRefusedBecauseItWouldEmptyTheLog() {
        assertThatThrownBy(() -> world.owner().useHandle(handle -> handle.execute("truncate tenants cascade")))
                .hasMessageContaining("append-only");
        assertThat(world.ownerCount("audit_events where tenant_id = ?", world.tenantB())).isEqualTo(1);
    }
}
