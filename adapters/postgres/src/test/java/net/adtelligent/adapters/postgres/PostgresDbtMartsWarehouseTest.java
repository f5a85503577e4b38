package net.adtelligent.adapters.postgres;

import static net.adtelligent.ports.out.FactFixtures.DAY;
import static net.adtelligent.ports.out.FactFixtures.EUR;
import static net.adtelligent.ports.out.FactFixtures.EXTRACTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.control.Option;
import java.util.List;
import java.util.function.Consumer;
import net.adtelligent.domain.connection.Connection;
import net.adtelligent.domain.connection.ConnectionId;
import net.adtelligent.domain.fact.AdPerformanceDaily;
import net.adtelligent.domain.fact.DailyFact;
import net.adtelligent.domain.fact.DateRange;
import net.adtelligent.domain.fact.Platform;
import net.adtelligent.domain.fact.SearchConsoleDaily;
import net.adtelligent.domain.fact.WebAnalyticsDaily;
import net.adtelligent.domain.metrics.AdAggregate;
import net.adtelligent.domain.tenant.TenantId;
import net.adtelligent.ports.out.AdPerformanceStore;
import net.adtelligent.ports.out.DailyFactStore;
import net.adtelligent.ports.out.FactSource;
import net.adtelligent.ports.out.FactStores;
import net.adtelligent.ports.out.IdentityFixtures;
import net.adtelligent.ports.out.MetricsFixtures;
import net.adtelligent.ports.out.MetricsWarehouseContract;
import net.adtelligent.ports.out.SearchConsoleStore;
import net.adtelligent.ports.out.TenantStore;
import net.adtelligent.ports.out.WebAnalyticsStore;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The shared MetricsWarehouse contract with the sums read from dbt's marts (ADT_FACTS_SOURCE=dbt).
 * The test stands in for dbt: it creates the three marts in a schema of their own with the columns
 * of the application's tables ({@code create table … (like public.ad_performance_daily)}, which
 * copies names and types but not the collations, keys or row-level security, as a table dbt makes
 * has none of them), grants the application role what an operator grants it, and fills them: each
 * row the contract stores is copied into its mart by the schema owner, then deleted from the
 * application's table, so the contract passes only when the warehouse reads the marts, and its
 * second tenant's rows sit in the same marts with no row-level security to hide them.
 */
class PostgresDbtMartsWarehouseTest extends MetricsWarehouseContract {

    private static final String SCHEMA = "analytics_marts";

    @RegisterExtension
    static final ClassDatabase DATABASE = new ClassDatabase();

    private static Jdbi owner;

    @BeforeAll
    static void createMarts() {
        owner = Jdbi.create(DATABASE.get().owner());
        owner.useHandle(handle -> {
            handle.execute("create schema " + SCHEMA);
            for (String table : List.of("ad_performance_daily", "web_analytics_daily", "search_console_daily")) {
                handle.execute("create table " + SCHEMA + ".fct_" + table + " (like public." + table + ")");
            }
            handle.execute("grant usage on schema " + SCHEMA + " to adtelligent_app");
            handle.execute("grant select on all tables in schema " + SCHEMA + " to adtelligent_app");
        });
    }

    @Override
    protected FactStores facts() {
        PostgresDatabase database = DATABASE.get();
        FactStores application = database.factStores();
        return new FactStores(new MartAds(application.adPerformance()),
                new MartWeb(application.webAnalytics()), new MartSearch(application.searchConsole()),
                application.fxRates(), application.conversionSettings(), application.importJobs(),
                database.metricsWarehouse(FactsSource.dbt(SCHEMA)), application.snapshots(), application.alerts());
    }

    @Override
    protected TenantStore tenantStore() {
        return DATABASE.get().tenantStore();
    }

    /** Uploads never pass through Airbyte: a CSV source's rows are read from the application's table, never twice. */
    @Test
    void adPerformance_givenACsvSourceInBoth_readsItsRowsFromTheApplicationsTableOnce() {
        TenantId tenant = IdentityFixtures.newTenant(tenantStore());
        ConnectionId csv = ConnectionId.random();
        DATABASE.get().connectionStore().addIfAbsent(Connection.recordOf(csv, tenant, Platform.CSV, "spend.csv",
                "spend.csv", EXTRACTED));
        ConnectionId airbyte = ConnectionId.random();
        AdPerformanceDaily uploaded = MetricsFixtures.ad(tenant, csv, DAY, 1, Platform.META_ADS, Option.of(EUR));
        AdPerformanceDaily synced = MetricsFixtures.ad(tenant, airbyte, DAY, 2, Platform.META_ADS, Option.of(EUR));
        DATABASE.get().adPerformanceStore().upsert(tenant, List.of(uploaded, synced));
        copyToMart("ad_performance_daily", tenant); // both, as a mart that also read the application's table would

        List<AdAggregate> sums = facts().warehouse().adPerformance(tenant, DateRange.day(DAY), false);

        assertThat(sums).singleElement().satisfies(sum -> assertThat(sum.rows()).isEqualTo(2));
        assertThat(facts().warehouse().freshness(tenant)).extracting(fresh -> fresh.connection())
                .containsExactlyInAnyOrder(csv, airbyte);
    }

    @Test
    void dbt_givenASchemaThatIsNotAPlainIdentifier_isRefused() {
        for (String bad : List.of("marts; drop table tenants", "\"marts\"", "1marts", "marts.x", "", "a".repeat(64))) {
            assertThatThrownBy(() -> FactsSource.dbt(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(FactsSource.dbt("Analytics_2").dbtSchema()).contains("Analytics_2");
    }

    /** What dbt would have built from the same rows: the tenant's rows copied, the application's left empty. */
    private static void moveToMart(String table, TenantId tenant) {
        copyToMart(table, tenant);
        owner.useHandle(handle -> handle.createUpdate("delete from public." + table + " where tenant_id = :tenant")
                .bind("tenant", tenant.value()).execute());
    }

    private static void copyToMart(String table, TenantId tenant) {
        owner.useHandle(handle -> handle.createUpdate("insert into " + SCHEMA + ".fct_" + table
                        + " select * from public." + table + " where tenant_id = :tenant")
                .bind("tenant", tenant.value()).execute());
    }

    /** Stores through the application's store, then moves what it stored into the mart. */
    private abstract static class Moving<F extends DailyFact<?>> implements DailyFactStore<F> {

        private final DailyFactStore<F> application;
        private final String table;

        Moving(DailyFactStore<F> application, String table) {
            this.application = application;
            this.table = table;
        }

        @Override
        public void upsert(TenantId tenant, List<F> facts) {
            application.upsert(tenant, facts);
            moveToMart(table, tenant);
        }

        @Override
        public void read(TenantId tenant, DateRange days, Consumer<? super F> each) {
            throw new UnsupportedOperationException("the contract reads through the warehouse only");
        }
    }

    private static final class MartAds extends Moving<AdPerformanceDaily> implements AdPerformanceStore {
        MartAds(AdPerformanceStore application) {
            super(application, "ad_performance_daily");
        }

        @Override
        public long importSummed(TenantId tenant, FactSource<AdPerformanceDaily> rows) {
            throw new UnsupportedOperationException("the contract stores by upsert only");
        }
    }

    private static final class MartWeb extends Moving<WebAnalyticsDaily> implements WebAnalyticsStore {
        MartWeb(WebAnalyticsStore application) {
            super(application, "web_analytics_daily");
        }
    }

    private static final class MartSearch extends Moving<SearchConsoleDaily> implements SearchConsoleStore {
        MartSearch(SearchConsoleStore application) {
            super(application, "search_console_daily");
        }
    }
}
