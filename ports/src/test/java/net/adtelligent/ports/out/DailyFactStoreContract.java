package net.adtelligent.ports.out;

import static net.adtelligent.ports.out.FactFixtures.DAY;
import static net.adtelligent.ports.out.FactFixtures.EXTRACTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.adtelligent.domain.connection.ConnectionId;
import net.adtelligent.domain.fact.DailyFact;
import net.adtelligent.domain.fact.DateRange;
import net.adtelligent.domain.tenant.TenantId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every store of daily facts must do, whatever the kind: restated rows replace, never
 * double; a batch is one tenant's; reads see one tenant's days. Each kind's contract extends
 * this and says how to make its rows; an adapter's test extends that and says how to build the store.
 */
public abstract class DailyFactStoreContract<K, F extends DailyFact<K>> {

    /** More than one chunk of a bulk write (adapters send about a thousand rows at a time). */
    private static final int MANY = 2_500;

    protected DailyFactStore<F> store;
    protected TenantId tenant;
    protected ConnectionId connection;

    /** The store under test. It may hold other tests' rows: every test uses tenants of its own. */
    protected abstract DailyFactStore<F> store();

    /** Where the tenants the facts belong to are registered (the same database, for a real store). */
    protected abstract TenantStore tenantStore();

    /** A valid row; {@code variant} picks a distinct key within the day, and distinct measures. */
    protected abstract F row(TenantId tenant, ConnectionId connection, LocalDate day, int variant, Instant extractedAt);

    /** The same key with other measures, extracted at {@code extractedAt}. */
    protected abstract F restated(F row, Instant extractedAt);

    @BeforeEach
    void setUpTenant() {
        store = store();
        tenant = IdentityFixtures.newTenant(tenantStore());
        connection = ConnectionId.random();
    }

    protected List<F> readAll(TenantId whose, DateRange days) {
        List<F> rows = new ArrayList<>();
        store.read(whose, days, rows::add);
        return rows;
    }

    protected F row(int variant) {
        return row(tenant, connection, DAY, variant, EXTRACTED);
    }

    @Test
    void upsert_givenNewRows_readsThemBackUnchanged() {
        List<F> rows = List.of(row(1), row(2), row(3));

        store.upsert(tenant, rows);

        assertThat(readAll(tenant, DateRange.day(DAY))).containsExactlyInAnyOrderElementsOf(rows);
    }

    @Test
    void read_givenRange_includesBothEndsAndNoDayOutside() {
        List<F> days = new ArrayList<>();
        for (int offset = -1; offset <= 2; offset++) {
            days.add(row(tenant, connection, DAY.plusDays(offset), 1, EXTRACTED));
        }
        store.upsert(tenant, days);

        assertThat(readAll(tenant, DateRange.of(DAY, DAY.plusDays(1)))).containsExactly(days.get(1), days.get(2));
    }

    @Test
    void read_givenAnotherTenantsRows_seesNoneOfThem() {
        TenantId other = IdentityFixtures.newTenant(tenantStore());
        store.upsert(other, List.of(row(other, connection, DAY, 1, EXTRACTED)));

        assertThat(readAll(tenant, DateRange.day(DAY))).isEmpty();
        assertThat(readAll(other, DateRange.day(DAY))).hasSize(1);
    }

    @Test
    void upsert_givenNewerExtractionOfAStoredKey_replacesTheRow() {
        F first = row(1);
        F newer = restated(first, EXTRACTED.plusSeconds(86_400));
        store.upsert(tenant, List.of(first));

        store.upsert(tenant, List.of(newer));

        assertThat(readAll(tenant, DateRange.day(DAY))).containsExactly(newer);
    }

    @Test
    void upsert_givenOlderExtractionOfAStoredKey_keepsTheStoredRow() {
        F stored = row(1);
        store.upsert(tenant, List.of(stored));

        store.upsert(tenant, List.of(restated(stored, EXTRACTED.minusSeconds(1))));

        assertThat(readAll(tenant, DateRange.day(DAY))).containsExactly(stored);
    }

    @Test
    void upsert_givenEqualExtractionOfAStoredKey_replacesTheRowSoACorrectedMappingTakesEffect() {
        F stored = row(1);
        F corrected = restated(stored, EXTRACTED);
        store.upsert(tenant, List.of(stored));

        store.upsert(tenant, List.of(corrected));

        assertThat(readAll(tenant, DateRange.day(DAY))).containsExactly(corrected);
    }

    @Test
    void upsert_givenTheSameBatchTwice_storesEachRowOnce() {
        List<F> batch = List.of(row(1), row(2));

        store.upsert(tenant, batch);
        store.upsert(tenant, batch);

        assertThat(readAll(tenant, DateRange.day(DAY))).containsExactlyInAnyOrderElementsOf(batch);
    }

    @Test
    void upsert_givenOneKeySeveralTimesInABatch_keepsItsLatestExtraction() {
        F first = row(1);
        F latest = restated(first, EXTRACTED.plusSeconds(60));

        store.upsert(tenant, List.of(first, latest, restated(first, EXTRACTED.minusSeconds(60))));

        assertThat(readAll(tenant, DateRange.day(DAY))).containsExactly(latest);
    }

    @Test
    void upsert_givenARowOfAnotherTenant_refusesTheBatchAndStoresNothing() {
        TenantId other = IdentityFixtures.newTenant(tenantStore());
        List<F> mixed = List.of(row(1), row(other, connection, DAY, 2, EXTRACTED));

        assertThatThrownBy(() -> store.upsert(tenant, mixed)).isInstanceOf(IllegalArgumentException.class);

        assertThat(readAll(tenant, DateRange.day(DAY))).isEmpty();
        assertThat(readAll(other, DateRange.day(DAY))).isEmpty();
    }

    @Test
    void upsert_givenNoRows_storesNothing() {
        store.upsert(tenant, List.of());

        assertThat(readAll(tenant, DateRange.day(DAY))).isEmpty();
    }

    @Test
    void upsert_givenTheSameKeysOnTwoConnections_keepsBoth() {
        F viaFirst = row(1);
        F viaSecond = row(tenant, ConnectionId.random(), DAY, 1, EXTRACTED);

        store.upsert(tenant, List.of(viaFirst, viaSecond));

        assertThat(readAll(tenant, DateRange.day(DAY))).containsExactlyInAnyOrder(viaFirst, viaSecond);
    }

    @Test
    void upsert_givenThousandsOfRowsInNoOrder_storesAllAndReadsThemByDay() {
        List<F> rows = new ArrayList<>();
        for (int i = 0; i < MANY; i++) {
            rows.add(row(tenant, connection, DAY.plusDays(i % 5), i, EXTRACTED));
        }
        Collections.shuffle(rows, new Random(42));

        store.upsert(tenant, rows);
        List<F> read = readAll(tenant, DateRange.of(DAY, DAY.plusDays(4)));

        assertThat(read).hasSize(MANY).containsExactlyInAnyOrderElementsOf(rows);
        assertThat(read).extracting(DailyFact::dateDay).isSorted();
    }
}
