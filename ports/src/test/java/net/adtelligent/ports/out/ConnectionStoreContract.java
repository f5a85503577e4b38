package net.adtelligent.ports.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.control.Option;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import net.adtelligent.domain.connection.Connection;
import net.adtelligent.domain.connection.ConnectionDraft;
import net.adtelligent.domain.connection.ConnectionId;
import net.adtelligent.domain.connection.ConnectionStatus;
import net.adtelligent.domain.connection.Schedule;
import net.adtelligent.domain.fact.Platform;
import net.adtelligent.domain.secret.SealedSecret;
import net.adtelligent.domain.tenant.TenantId;
import net.adtelligent.ports.out.ConnectionStore.Position;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every ConnectionStore must do. An adapter's test extends this and only says how to build one. */
public abstract class ConnectionStoreContract {

    static final Instant NOW = Instant.parse("2026-12-01T10:00:00.123456Z");
    static final SealedSecret SEALED = new SealedSecret("AES-256-GCM", "key-1", 3, new byte[] {1, 2},
            new byte[] {3, 4, 5}, new byte[] {6, 7, 8, 9});

    private ConnectionStore store;
    private TenantId tenant;
    private TenantId other;

    /** The store under test. It may hold other tests' connections: every test uses tenants of its own. */
    protected abstract ConnectionStore store();

    protected abstract TenantStore tenantStore();

    @BeforeEach
    void setUp() {
        store = store();
        tenant = IdentityFixtures.newTenant(tenantStore());
        other = IdentityFixtures.newTenant(tenantStore());
    }

    static Connection meta(TenantId tenant, Instant at) {
        var draft = new ConnectionDraft("META_ADS", "1234", Option.of("Brand"), Option.of("0 6 * * *"),
                Map.of("access_token", "EA" + "x".repeat(30)), Option.of("2027-01-31T00:00:00Z")).check().get();
        return Connection.register(ConnectionId.random(), tenant, draft, Option.of(SEALED),
                Map.of("access_token", "0123456789ab"), at);
    }

    @Test
    void add_givenConnection_readsBackEveryField() {
        Connection connection = meta(tenant, NOW);

        store.add(connection);

        assertThat(store.byId(tenant, connection.id())).contains(connection);
        assertThat(store.byId(other, connection.id())).isEmpty();
    }

    @Test
    void add_givenRecordWithoutCredentialsOrSchedule_readsBackEmpties() {
        Connection record = Connection.recordOf(ConnectionId.random(), tenant, Platform.CSV, "Shop export", "Shop export",
                NOW);

        store.add(record);

        assertThat(store.byId(tenant, record.id())).contains(record);
    }

    @Test
    void addIfAbsent_givenTheSameRecordFromManyCallersAtOnce_storesItOnceAndNobodyFails() throws Exception {
        Connection record = Connection.recordOf(ConnectionId.random(), tenant, Platform.CSV, "Shop export", "Shop export",
                NOW);
        int callers = 8;
        CyclicBarrier start = new CyclicBarrier(callers);
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        try {
            List<Future<Boolean>> added = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                added.add(pool.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    return store.addIfAbsent(record);
                }));
            }
            List<Boolean> answers = new ArrayList<>();
            for (Future<Boolean> one : added) {
                answers.add(one.get(30, TimeUnit.SECONDS));
            }

            assertThat(answers).containsOnlyOnce(true).hasSize(callers);
        } finally {
            pool.shutdownNow();
        }
        assertThat(store.byId(tenant, record.id())).contains(record);
        assertThat(store.addIfAbsent(record)).isFalse();
    }

    @Test
    void byAirbyteConnection_givenAProvisionedConnection_findsItWhicheverTenantAndNothingForOtherIds() {
        Connection plain = meta(tenant, NOW);
        String airbyteId = java.util.UUID.randomUUID().toString();
        Connection provisioned = withAirbyte(meta(other, NOW), airbyteId);
        store.add(plain);
        store.add(provisioned);

        assertThat(store.byAirbyteConnection(airbyteId)).contains(provisioned);
        assertThat(store.byAirbyteConnection(java.util.UUID.randomUUID().toString())).isEmpty();
    }

    /** The connection as provisioning leaves it: with its Airbyte source and connection. */
    public static Connection withAirbyte(Connection c, String airbyteConnectionId) {
        return new Connection(c.id(), c.tenant(), c.platform(), c.externalAccountId(), c.name(), c.schedule(), c.status(),
                c.credentials(), c.fingerprints(), c.tokenExpiresAt(), Option.of("source-" + airbyteConnectionId),
                Option.of(airbyteConnectionId), c.createdAt(), c.updatedAt());
    }

    @Test
    void replace_givenChanges_keepsTheNewState() {
        Connection connection = meta(tenant, NOW);
        store.add(connection);
        Connection paused = connection.pause(NOW.plusSeconds(5)).get();

        store.replace(paused);

        assertThat(store.byId(tenant, connection.id()).get().status()).isEqualTo(ConnectionStatus.PAUSED);
        assertThat(store.byId(tenant, connection.id()).get().schedule()).contains(new Schedule("0 6 * * *"));
    }

    @Test
    void page_givenConnections_listsTheLiveOnesOldestFirstAfterThePosition() {
        Connection first = meta(tenant, NOW);
        Connection second = meta(tenant, NOW.plus(1, ChronoUnit.MICROS));
        Connection deleted = meta(tenant, NOW.plusSeconds(1));
        Connection third = meta(tenant, NOW.plusSeconds(2));
        store.add(third);
        store.add(first);
        store.add(deleted);
        store.add(second);
        store.add(meta(other, NOW));
        store.replace(deleted.delete(NOW.plusSeconds(3)).get());

        assertThat(store.page(tenant, Option.none(), 10)).containsExactly(first, second, third);
        assertThat(store.page(tenant, Option.none(), 2)).containsExactly(first, second);
        assertThat(store.page(tenant, Option.of(new Position(second.createdAt(), second.id())), 10))
                .containsExactly(third);
        assertThat(store.byId(tenant, deleted.id()).get().isDeleted()).isTrue();
        assertThat(store.deleted(tenant)).containsExactly(deleted.id());
        assertThat(store.deleted(other)).isEmpty();
    }

    @Test
    void sealedForUpdate_givenConnections_listsTheSealedOnesOfTheTenantOldestFirst_deletedIncluded() {
        Connection first = meta(tenant, NOW);
        Connection second = meta(tenant, NOW.plusSeconds(1)).delete(NOW.plusSeconds(2)).get();
        store.add(second);
        store.add(first);
        store.add(Connection.recordOf(ConnectionId.random(), tenant, Platform.CSV, "Shop", "Shop", NOW));
        store.add(meta(other, NOW));

        assertThat(store.sealedForUpdate(tenant)).containsExactly(new ConnectionStore.Sealed(first.id(), SEALED),
                new ConnectionStore.Sealed(second.id(), SEALED));
    }

    @Test
    void reseal_givenAnotherSealedSecret_replacesItAndNothingElse() {
        Connection connection = meta(tenant, NOW);
        store.add(connection);
        SealedSecret resealed = new SealedSecret("AES-256-GCM", "key-2", 4, new byte[] {9}, new byte[] {8}, new byte[] {7});

        store.reseal(tenant, connection.id(), resealed);

        Connection after = store.byId(tenant, connection.id()).get();
        assertThat(after.credentials()).contains(resealed);
        assertThat(after.updatedAt()).isEqualTo(connection.updatedAt());
        assertThat(after.fingerprints()).isEqualTo(connection.fingerprints());
        assertThatThrownBy(() -> store.reseal(other, connection.id(), resealed)).isInstanceOf(IllegalStateException.class);
    }
}
