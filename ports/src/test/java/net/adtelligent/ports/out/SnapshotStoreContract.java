package net.adtelligent.ports.out;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import net.adtelligent.domain.metrics.MetricsSnapshot;
import net.adtelligent.domain.tenant.TenantId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every SnapshotStore must do: give a snapshot back equal to the one saved (every amount's
 * scale, every instant's nanoseconds, every none), newest first, the newest {@link SnapshotStore#KEPT}
 * per tenant and no more, and never one tenant's to another. Snapshots are saved in the order
 * they were generated, as the scheduler saves them.
 */
public abstract class SnapshotStoreContract {

    private static final Instant FIRST = Instant.parse("2026-11-07T05:00:00.123456789Z");

    private SnapshotStore store;
    private TenantId tenant;

    /** The store under test. It may hold other tests' snapshots: every test uses tenants of its own. */
    protected abstract SnapshotStore store();

    /** Where the tenants the snapshots belong to are registered (the same database, for a real store). */
    protected abstract TenantStore tenantStore();

    @BeforeEach
    void setUpTenant() {
        store = store();
        tenant = IdentityFixtures.newTenant(tenantStore());
    }

    @Test
    void latest_givenASavedSnapshot_readsItBackEqual() {
        MetricsSnapshot snapshot = MetricsFixtures.snapshot(tenant, FIRST, 1);

        store.save(snapshot);

        assertThat(store.latest(tenant)).contains(snapshot);
    }

    @Test
    void latest_givenAnEmptySnapshot_readsItBackEqual() {
        MetricsSnapshot empty = MetricsFixtures.emptySnapshot(tenant, FIRST);

        store.save(empty);

        assertThat(store.latest(tenant)).contains(empty);
    }

    @Test
    void latestAndHistory_givenNoSnapshot_answerNothing() {
        assertThat(store.latest(tenant)).isEmpty();
        assertThat(store.history(tenant, SnapshotStore.KEPT)).isEmpty();
    }

    @Test
    void history_givenSeveralSnapshots_answersNewestFirstUpToTheLimit() {
        List<MetricsSnapshot> saved = saveHourly(tenant, 3);

        assertThat(store.history(tenant, 2)).containsExactly(saved.get(2), saved.get(1));
        assertThat(store.latest(tenant)).contains(saved.get(2));
        assertThat(store.history(tenant, 0)).isEmpty();
        assertThat(store.history(tenant, -1)).isEmpty();
    }

    @Test
    void save_givenMoreThanKept_keepsOnlyTheNewestKept() {
        List<MetricsSnapshot> saved = saveHourly(tenant, SnapshotStore.KEPT + 2);

        List<MetricsSnapshot> newestFirst = new ArrayList<>(saved.subList(2, saved.size()));
        Collections.reverse(newestFirst);
        assertThat(store.history(tenant, 100)).containsExactlyElementsOf(newestFirst);
    }

    @Test
    void everyCall_givenTwoTenants_keepsTheirSnapshotsApart() {
        TenantId other = IdentityFixtures.newTenant(tenantStore());
        MetricsSnapshot theirs = MetricsFixtures.snapshot(other, FIRST.minusSeconds(60), 99);
        store.save(theirs);

        List<MetricsSnapshot> ours = saveHourly(tenant, SnapshotStore.KEPT + 1);

        assertThat(store.latest(tenant)).contains(ours.get(ours.size() - 1));
        assertThat(store.history(tenant, SnapshotStore.KEPT)).doesNotContain(theirs);
        assertThat(store.history(other, SnapshotStore.KEPT)).containsExactly(theirs);
    }

    private List<MetricsSnapshot> saveHourly(TenantId whose, int count) {
        List<MetricsSnapshot> saved = IntStream.range(0, count)
                .mapToObj(hour -> MetricsFixtures.snapshot(whose, FIRST.plusSeconds(3_600L * hour), hour)).toList();
        saved.forEach(store::save);
        return saved;
    }
}
