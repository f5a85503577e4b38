package net.adtelligent.adapters.postgres;

import static net.adtelligent.ports.out.FactFixtures.DAY;
import static net.adtelligent.ports.out.FactFixtures.EXTRACTED;
import static net.adtelligent.adapters.postgres.IsolationFixture.rowsSeenWithoutTenant;
import static net.adtelligent.adapters.postgres.IsolationFixture.tenantsSeen;
import static net.adtelligent.adapters.postgres.IsolationFixture.sqlStateOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.adtelligent.domain.connection.ConnectionId;
import net.adtelligent.domain.fact.DateRange;
import net.adtelligent.domain.tenant.TenantId;
import net.adtelligent.ports.out.FactFixtures;
import net.adtelligent.ports.out.IdentityFixtures;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Row-level security on the fact tables, proven as the application role with hand-written SQL
 * that leaves out "where tenant_id = ...": tenant A can neither read nor write tenant B's facts.
 * The owner (a superuser, which bypasses the policies) counts what is really there.
 */
class FactIsolationTest {

    private static final String INSUFFICIENT_PRIVILEGE = "42501";
    /** Each fact table with a hand-written row for tenant :tenant, every required column filled. */
    private static final Map<String, String> PLANTED_ROWS = Map.of(
            "ad_performance_daily", """
                    insert into ad_performance_daily (tenant_id, date_day, connection_id, platform, account_id,
                        campaign_id, ad_group_id, ad_id, spend, impressions, clicks, conversions, conversions_value,
                        source_extracted_at)
                    values (:tenant, current_date, gen_random_uuid(), 'CSV', 'planted', 'c', '', '', 1, 1, 1, 0, 0, now())
                    """,
            "web_analytics_daily", """
                    insert into web_analytics_daily (tenant_id, date_day, connection_id, property_id, source, medium,
                        campaign_name, event_name, sessions, total_users, conversions, total_revenue, source_extracted_at)
                    values (:tenant, current_date, gen_random_uuid(), 'planted', '', '', '', '', 1, 1, 0, 0, now())
                    """,
            "search_console_daily", """
                    insert into search_console_daily (tenant_id, date_day, connection_id, site_url, search_type, query,
                        page, country, device, clicks, impressions, ctr, position, source_extracted_at)
                    values (:tenant, current_date, gen_random_uuid(), 'planted', 'web', '', '', '', '', 1, 1, 1, 1, now())
                    """);

    /** The column each planted row marks with 'planted'. */
    private static final Map<String, String> PLANTED_MARKERS = Map.of(
            "ad_performance_daily", "account_id", "web_analytics_daily", "property_id",
            "search_console_daily", "site_url");

    private static PostgresDatabase database;
    private static Transactions transactions;
    private static Jdbi owner;
    private static TenantId tenantA;
    private static TenantId tenantB;

    @BeforeAll
    static void seedTwoTenants() {
        PostgresSettings settings = EmbeddedPostgresFixture.migratedDatabase();
        database = PostgresDatabase.open(settings);
        transactions = database.transactions();
        owner = Jdbi.create(settings.jdbcUrl(), settings.user(), settings.password());
        tenantA = IdentityFixtures.newTenant(database.tenantStore());
        tenantB = IdentityFixtures.newTenant(database.tenantStore());
        for (TenantId tenant : List.of(tenantA, tenantB)) {
            ConnectionId connection = ConnectionId.random();
            database.adPerformanceStore().upsert(tenant, List.of(FactFixtures.ad(tenant, connection, DAY, 1, EXTRACTED)));
            database.webAnalyticsStore().upsert(tenant, List.of(FactFixtures.web(tenant, connection, DAY, 1, EXTRACTED)));
            database.searchConsoleStore().upsert(tenant,
                    List.of(FactFixtures.search(tenant, connection, DAY, 1, EXTRACTED)));
        }
    }

    @AfterAll
    static void closeDatabase() {
        database.close();
    }

    @Test
    void select_givenTenantA_seesOnlyFactsOfA() {
        for (String table : PLANTED_ROWS.keySet()) {
            List<UUID> tenants = tenantsSeen(transactions, tenantA, table);

            assertThat(tenants).as(table).containsExactly(tenantA.value());
        }
    }

    @Test
    void select_givenNoTenantNamed_seesNoFacts() {
        for (String table : PLANTED_ROWS.keySet()) {
            int visible = rowsSeenWithoutTenant(transactions, table);

            assertThat(visible).as(table).isZero();
        }
    }

    @Test
    void updateAndDelete_givenTenantA_touchNoFactOfB() {
        int updated = transactions.inTenant(tenantA, handle -> handle
                .createUpdate("update ad_performance_daily set spend = 0 where tenant_id = :b")
                .bind("b", tenantB.value()).execute());
        // No delete is granted at all: restated facts are replaced, never deleted by the service.
        String deleted = sqlStateOf(() -> transactions.inTenant(tenantA, handle -> handle
                .createUpdate("delete from ad_performance_daily where tenant_id = :b")
                .bind("b", tenantB.value()).execute()));

        assertThat(updated).isZero();
        assertThat(deleted).isEqualTo(INSUFFICIENT_PRIVILEGE);
        assertThat(ownerCount("ad_performance_daily where tenant_id = ? and spend > 0", tenantB)).isEqualTo(1);
    }

    @Test
    void insert_givenTenantA_cannotWriteFactsOfBNorOfNoTenant() {
        List<String> states = new ArrayList<>();
        PLANTED_ROWS.forEach((table, insert) -> {
            states.add(sqlStateOf(() -> transactions.inTenant(tenantA, handle -> handle.createUpdate(insert)
                    .bind("tenant", tenantB.value()).execute())));
            states.add(sqlStateOf(() -> transactions.inDirectory(handle -> handle.createUpdate(insert)
                    .bind("tenant", tenantA.value()).execute())));
        });

        assertThat(states).hasSize(6).containsOnly(INSUFFICIENT_PRIVILEGE);
        for (Map.Entry<String, String> marker : PLANTED_MARKERS.entrySet()) {
            int planted = owner.withHandle(handle -> handle.createQuery("select count(*) from " + marker.getKey()
                    + " where " + marker.getValue() + " = 'planted'").mapTo(Integer.class).one());
            assertThat(planted).as(marker.getKey()).isZero();
        }
    }

    @Test
    void read_givenTenantA_throughTheStoreSeesNoRowOfB() {
        List<TenantId> owners = new ArrayList<>();

        database.adPerformanceStore().read(tenantA, DateRange.day(DAY), row -> owners.add(row.tenantId()));

        assertThat(owners).containsExactly(tenantA);
    }

    @Test
    void fxRates_givenCatalog_areADirectoryTableTheServiceReadsAndWritesButCannotDelete() {
        Map<String, Object> table = owner.withHandle(handle -> handle.createQuery("""
                select c.relrowsecurity as secured,
                       has_table_privilege(:app, 'fx_rates', 'select') as may_select,
                       has_table_privilege(:app, 'fx_rates', 'insert') as may_insert,
                       has_table_privilege(:app, 'fx_rates', 'update') as may_update,
                       has_table_privilege(:app, 'fx_rates', 'delete') as may_delete
                from pg_class c where c.relname = 'fx_rates'
                """).bind("app", PostgresSettings.DEFAULT_APP_ROLE).mapToMap().one());

        assertThat(table).containsEntry("secured", false).containsEntry("may_select", true)
                .containsEntry("may_insert", true).containsEntry("may_update", true).containsEntry("may_delete", false);
    }

    /** Counts rows as the owner; {@code fromWhere} names the table and a condition on one tenant (?). */
    private static int ownerCount(String fromWhere, TenantId tenant) {
        return owner.withHandle(handle -> handle.createQuery("select count(*) from " + fromWhere)
                .bind(0, tenant.value()).mapTo(Integer.class).one());
    }
}
