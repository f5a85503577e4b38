package net.adtelligent.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import net.adtelligent.domain.fact.AdPerformanceDaily;
import net.adtelligent.domain.connection.ConnectionId;
import net.adtelligent.domain.fact.DateRange;
import net.adtelligent.domain.fact.FactRejection;
import net.adtelligent.domain.tenant.Slug;
import net.adtelligent.domain.tenant.TenantId;
import net.adtelligent.ports.in.Actor;
import net.adtelligent.ports.out.FactFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Ingesting facts of many chunks is all or nothing: a failure in the last chunk takes back the first ones. */
public abstract class IngestUnitsContract extends CoreContract {

    /** More than two chunks of the ingest use case. */
    private static final int FACTS = 25_000;
    private static final DateRange DAYS = DateRange.of(FactFixtures.DAY.minusDays(400), FactFixtures.DAY);

    private Slug slug;
    private TenantId tenant;

    @BeforeEach
    void tenant() {
        slug = newTenantOwnedBy(ann);
        tenant = test.stores.tenants().bySlug(slug).get().id();
    }

    @Test
    void ingestAll_givenManyChunks_storesEveryFact() {
        var stored = test.core.ingestFacts().ingestAll(Actor.user(ann.id(), CLIENT), slug, sink -> facts(tenant).forEach(sink));

        assertThat(stored.get().adPerformanceRows()).isEqualTo(FACTS);
        assertThat(storedRows()).isEqualTo(FACTS);
    }

    @Test
    void ingestAll_givenASourceThatFailsAfterTwoChunks_storesNothing() {
        List<AdPerformanceDaily> facts = facts(tenant);

        assertThatThrownBy(() -> test.core.ingestFacts().ingestAll(Actor.user(ann.id(), CLIENT), slug, sink -> {
            facts.forEach(sink);
            throw new IllegalStateException("the file ended early");
        })).hasMessage("the file ended early");

        assertThat(storedRows()).isZero();
    }

    @Test
    void ingestAll_givenAFactOfAnotherTenantInTheLastChunk_isRefusedAndStoresNothing() {
        List<AdPerformanceDaily> facts = new ArrayList<>(facts(tenant));
        facts.add(FactFixtures.ad(new TenantId(UUID.randomUUID()), connection(), FactFixtures.DAY, 1, FactFixtures.EXTRACTED));

        var refused = test.core.ingestFacts().ingestAll(Actor.user(ann.id(), CLIENT), slug, sink -> facts.forEach(sink));

        assertThat(refused.getLeft()).isInstanceOf(FactRejection.Invalid.class);
        assertThat(storedRows()).isZero();
    }

    private long storedRows() {
        long[] rows = {0};
        test.facts.adPerformance().read(tenant, DAYS, row -> rows[0]++);
        return rows[0];
    }

    private static List<AdPerformanceDaily> facts(TenantId tenant) {
        ConnectionId connection = connection();
        List<AdPerformanceDaily> facts = new ArrayList<>(FACTS);
        for (int i = 0; i < FACTS; i++) {
            facts.add(FactFixtures.ad(tenant, connection, FactFixtures.DAY.minusDays(i % 365), i, FactFixtures.EXTRACTED));
        }
        return facts;
    }

    private static ConnectionId connection() {
        return new ConnectionId(UUID.nameUUIDFromBytes("units contract".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }
}
