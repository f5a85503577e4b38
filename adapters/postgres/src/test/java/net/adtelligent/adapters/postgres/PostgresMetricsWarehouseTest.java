package net.adtelligent.adapters.postgres;

import static net.adtelligent.ports.out.FactFixtures.DAY;
import static net.adtelligent.ports.out.FactFixtures.EXTRACTED;
import static net.adtelligent.ports.out.MetricsFixtures.named;
import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Option;
import java.util.List;
import net.adtelligent.domain.fact.AdPerformanceDaily;
import net.adtelligent.domain.connection.ConnectionId;
import net.adtelligent.domain.fact.DateRange;
import net.adtelligent.domain.metrics.AdAggregate;
import net.adtelligent.domain.tenant.TenantId;
import net.adtelligent.ports.out.FactFixtures;
import net.adtelligent.ports.out.FactStores;
import net.adtelligent.ports.out.IdentityFixtures;
import net.adtelligent.ports.out.MetricsWarehouseContract;
import net.adtelligent.ports.out.TenantStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The shared MetricsWarehouse contract on a real database, summed by PostgreSQL. */
class PostgresMetricsWarehouseTest extends MetricsWarehouseContract {

    @RegisterExtension
    static final ClassDatabase DATABASE = new ClassDatabase();

    /** One database for the class; the contract keeps tests apart with tenants of their own. */
    @Override
    protected FactStores facts() {
        return DATABASE.get().factStores();
    }

    @Override
    protected TenantStore tenantStore() {
        return DATABASE.get().tenantStore();
    }

    /**
     * Not in the contract: the in-memory warehouse keeps the name of whichever named row it sums
     * last, and the rows of one day come to it in no particular order.
     */
    @Test
    void adPerformance_byCampaign_givenACampaignRenamed_namesItAsItsNewestNamedExtraction() {
        TenantId tenant = IdentityFixtures.newTenant(DATABASE.get().tenantStore());
        ConnectionId connection = ConnectionId.random();
        DATABASE.get().adPerformanceStore().upsert(tenant, List.of(
                named(FactFixtures.ad(tenant, connection, DAY, 1, EXTRACTED), Option.of("Old name")),
                named(FactFixtures.ad(tenant, connection, DAY, 2, EXTRACTED.plusSeconds(120)), Option.of("Spring sale")),
                FactFixtures.ad(tenant, connection, DAY, 3, EXTRACTED.plusSeconds(60)),
                named(FactFixtures.ad(tenant, connection, DAY, 4, EXTRACTED.plusSeconds(180)), Option.none())));

        List<AdAggregate> campaigns = DATABASE.get().metricsWarehouse().adPerformance(tenant, DateRange.day(DAY), true);

        assertThat(campaigns).singleElement().satisfies(campaign -> {
            assertThat(campaign.campaignName()).contains("Spring sale");
            assertThat(campaign.rows()).isEqualTo(4);
        });
    }
}
