package net.adtelligent.adapters.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Map;
import net.adtelligent.domain.tenant.TenantId;
import net.adtelligent.ports.out.TenantFixtures;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Row-level security as a later tenant-scoped table will get it: the table is made by the owner
 * and handed to adt_enable_tenant_isolation; every query then runs through the service pool.
 * The queries deliberately leave out "where tenant_id = ...": the database must filter anyway.
 */
class TenantIsolationTest {

    private static final String INSUFFICIENT_PRIVILEGE = "42501";

    private static PostgresDatabase database;
    private static Transactions transactions;
    private static Jdbi owner;
    private static TenantId tenantA;
    private static TenantId tenantB;

    @BeforeAll
    static void createTenantScopedTable() {
        PostgresSettings settings = EmbeddedPostgresFixture.migratedDatabase();
        database = PostgresDatabase.open(settings);
        transactions = database.transactions();
        owner = Jdbi.create(settings.jdbcUrl(), settings.user(), settings.password());
        tenantA = database.tenantStore().add(TenantFixtures.tenant("tenant-a")).get().id();
        tenantB = database.tenantStore().add(TenantFixtures.tenant("tenant-b")).get().id();
        owner.useHandle(handle -> {
            handle.execute("""
                    create table notes (
                        id        uuid primary key default gen_random_uuid(),
                        tenant_id uuid not null references tenants (id),
                        body      text not null
                    )""");
            handle.execute("select adt_enable_tenant_isolation('notes')");
            handle.execute("grant delete on notes to " + settings.appRole());
            // The test logs in as a superuser, which bypasses the policies: it can seed both tenants.
            handle.execute("insert into notes (tenant_id, body) values (?, 'note of A'), (?, 'note of B')",
                    tenantA.value(), tenantB.value());
        });
    }

    @AfterAll
    static void closeDatabase() {
        database.close();
    }

    @Test
    void select_givenTenantA_returnsOnlyRowsOfTenantA() {
        List<String> bodies = transactions.inTenant(tenantA, handle ->
                handle.createQuery("select * from notes").map((row, context) -> row.getString("body")).list());
        int ofB = transactions.inTenant(tenantA, handle -> handle
                .createQuery("select count(*) from notes where tenant_id = :b")
                .bind("b", tenantB.value()).mapTo(Integer.class).one());

        assertThat(bodies).containsExactly("note of A");
        assertThat(ofB).isZero();
    }

    @Test
    void updateAndDelete_givenTenantA_touchNoRowOfTenantB() {
        int updated = transactions.inTenant(tenantA, handle -> handle
                .createUpdate("update notes set body = 'overwritten' where tenant_id = :b")
                .bind("b", tenantB.value()).execute());
        int deleted = transactions.inTenant(tenantA, handle -> handle
                .createUpdate("delete from notes where tenant_id = :b")
                .bind("b", tenantB.value()).execute());

        assertThat(updated).isZero();
        assertThat(deleted).isZero();
        List<String> ofB = owner.withHandle(handle -> handle
                .createQuery("select body from notes where tenant_id = :b")
                .bind("b", tenantB.value()).mapTo(String.class).list());
        assertThat(ofB).containsExactly("note of B");
    }

    @Test
    void insertAndUpdate_givenTenantA_cannotWriteRowsOfTenantB() {
        String inserted = sqlStateOf(() -> transactions.inTenant(tenantA, handle -> handle
                .createUpdate("insert into notes (tenant_id, body) values (:b, 'planted')")
                .bind("b", tenantB.value()).execute()));
        String moved = sqlStateOf(() -> transactions.inTenant(tenantA, handle -> handle
                .createUpdate("update notes set tenant_id = :b")
                .bind("b", tenantB.value()).execute()));

        assertThat(inserted).isEqualTo(INSUFFICIENT_PRIVILEGE);
        assertThat(moved).isEqualTo(INSUFFICIENT_PRIVILEGE);
    }

    @Test
    void selectAndInsert_givenNoTenant_seeNothingAndWriteNothing() {
        int visible = transactions.inDirectory(handle ->
                handle.createQuery("select count(*) from notes").mapTo(Integer.class).one());
        String inserted = sqlStateOf(() -> transactions.inDirectory(handle -> handle
                .createUpdate("insert into notes (tenant_id, body) values (:a, 'anonymous')")
                .bind("a", tenantA.value()).execute()));

        assertThat(visible).isZero();
        assertThat(inserted).isEqualTo(INSUFFICIENT_PRIVILEGE);
    }

    @Test
    void nextTransaction_givenCommittedTenantTransactionOnSameConnection_seesNothing() {
        // Both transactions on one pooled connection, as a later request might get it.
        database.jdbi().useHandle(connection -> {
            Map<String, Object> during = transactions.inTenant(tenantA, handle -> handle
                    .createQuery("select pg_backend_pid() as pid, count(*) as visible from notes").mapToMap().one());
            Map<String, Object> after = transactions.inDirectory(handle -> handle
                    .createQuery("select pg_backend_pid() as pid, count(*) as visible from notes").mapToMap().one());

            assertThat(after.get("pid")).isEqualTo(during.get("pid"));
            assertThat(during.get("visible")).isEqualTo(1L);
            assertThat(after.get("visible")).isEqualTo(0L);
        });
    }

    @Test
    void inTenant_givenEnclosingTransaction_isRefused() {
        assertThatThrownBy(() -> transactions.inDirectory(outer ->
                transactions.inTenant(tenantB, inner -> inner.createQuery("select 1").mapTo(Integer.class).one())))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void pool_givenAnyConnection_worksAsARoleThatOwnsNothingAndCannotBypassPolicies() {
        Map<String, Object> role = transactions.inDirectory(handle -> handle.createQuery("""
                select current_user as name, rolsuper as superuser, rolbypassrls as bypass,
                       (select tableowner from pg_tables where tablename = 'notes') as notes_owner,
                       (select relforcerowsecurity from pg_class where oid = 'notes'::regclass) as forced
                from pg_roles where rolname = current_user
                """).mapToMap().one());

        assertThat(role).containsEntry("name", PostgresSettings.DEFAULT_APP_ROLE)
                .containsEntry("superuser", false)
                .containsEntry("bypass", false)
                .containsEntry("forced", true);
        assertThat(role.get("notes_owner")).isNotEqualTo(role.get("name"));
    }

    @Test
    void alterTable_givenApplicationRole_cannotSwitchIsolationOff() {
        String state = sqlStateOf(() -> transactions.inTenant(tenantA, handle ->
                handle.execute("alter table notes disable row level security")));

        assertThat(state).isEqualTo(INSUFFICIENT_PRIVILEGE);
    }

    @Test
    void enableTenantIsolation_givenTableWithoutTenantColumn_isRefused() {
        assertThatThrownBy(() -> owner.useHandle(handle -> {
            handle.execute("create table loose (id uuid primary key)");
            handle.execute("select adt_enable_tenant_isolation('loose')");
        })).hasMessageContaining("needs a column tenant_id uuid not null");
    }

    private static String sqlStateOf(ThrowingCallable statement) {
        PostgresStatementException failure = catchThrowableOfType(PostgresStatementException.class, statement);
        assertThat(failure).as("statement should have failed").isNotNull();
        return failure.sqlState();
    }
}
