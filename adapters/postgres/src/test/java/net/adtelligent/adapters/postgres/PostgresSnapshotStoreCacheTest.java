package net.adtelligent.adapters.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Option;
import java.time.Instant;
import java.util.stream.Stream;
import net.adtelligent.domain.metrics.MetricsSnapshot;
import net.adtelligent.domain.tenant.TenantId;
import net.adtelligent.ports.out.IdentityFixtures;
import net.adtelligent.ports.out.MetricsFixtures;
import net.adtelligent.ports.out.SnapshotStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * latest() reuses the snapshot it parsed while the newest row stays the same: a save by another
 * instance must show at once, and one tenant's parsed snapshot must never answer for another's.
 */
class PostgresSnapshotStoreCacheTest {

    private static final Instant FIRST = Instant.parse("2026-11-07T05:00:00.123456789Z");

    @RegisterExtension
    static final ClassDatabase DATABASE = new ClassDatabase();

    private SnapshotStore store;
    private TenantId tenant;

    @BeforeEach
    void setUp() {
        store = DATABASE.get().snapshotStore();
        tenant = IdentityFixtures.newTenant(DATABASE.get().tenantStore());
    }

    @Test
    void latest_givenTheSameNewestRow_answersTheSnapshotParsedBefore() {
        MetricsSnapshot saved = MetricsFixtures.snapshot(tenant, FIRST, 1);
        store.save(saved);

        MetricsSnapshot first = store.latest(tenant).get();
        MetricsSnapshot second = store.latest(tenant).get();

        assertThat(first).isEqualTo(saved);
        assertThat(second).isSameAs(first);
    }

    @Test
    void latest_givenASaveByAnotherInstance_answersTheNewSnapshot() {
        store.save(MetricsFixtures.snapshot(tenant, FIRST, 1));
        store.latest(tenant);
        MetricsSnapshot newer = MetricsFixtures.snapshot(tenant, FIRST.plusSeconds(3_600), 2);

        DATABASE.get().snapshotStore().save(newer);

        assertThat(store.latest(tenant)).contains(newer);
    }

    @Test
    void latest_givenAnotherTenantsSnapshotParsed_neverAnswersIt() {
        MetricsSnapshot ours = MetricsFixtures.snapshot(tenant, FIRST, 1);
        store.save(ours);
        store.latest(tenant);
        TenantId other = IdentityFixtures.newTenant(DATABASE.get().tenantStore());

        assertThat(store.latest(other)).isEmpty();

        MetricsSnapshot theirs = MetricsFixtures.snapshot(other, FIRST.minusSeconds(60), 99);
        store.save(theirs);
        assertThat(store.latest(other)).contains(theirs);
        assertThat(store.latest(tenant)).contains(ours);
    }

    @Test
    void find_givenARowRememberedForAnotherTenant_findsNothing() {
        ParsedSnapshots parsed = new ParsedSnapshots(2);
        TenantId other = IdentityFixtures.newTenant(DATABASE.get().tenantStore());
        parsed.remember(7, MetricsFixtures.snapshot(tenant, FIRST, 1));

        assertThat(parsed.find(other, 7)).isEmpty();
        assertThat(parsed.find(tenant, 8)).isEmpty();
        assertThat(parsed.find(tenant, 7)).isNotEmpty();
    }

    @Test
    void remember_givenMoreTenantsThanTheBound_keepsNoMoreThanIt() {
        ParsedSnapshots parsed = new ParsedSnapshots(2);
        TenantId second = IdentityFixtures.newTenant(DATABASE.get().tenantStore());
        TenantId third = IdentityFixtures.newTenant(DATABASE.get().tenantStore());
        parsed.remember(1, MetricsFixtures.snapshot(tenant, FIRST, 1));
        parsed.remember(2, MetricsFixtures.snapshot(second, FIRST, 2));

        parsed.remember(3, MetricsFixtures.snapshot(third, FIRST, 3));

        assertThat(parsed.size()).isEqualTo(2);
        assertThat(Stream.of(parsed.find(tenant, 1), parsed.find(second, 2), parsed.find(third, 3))
                .filter(Option::isDefined).count()).isEqualTo(2);
    }
}
