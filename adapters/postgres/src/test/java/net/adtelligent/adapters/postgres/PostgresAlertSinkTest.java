package net.adtelligent.adapters.postgres;

import static net.adtelligent.ports.out.IdentityFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Option;
import java.time.Instant;
import java.util.List;
import net.adtelligent.domain.tenant.TenantId;
import net.adtelligent.ports.out.AlertSink;
import net.adtelligent.ports.out.AlertSink.Alert;
import net.adtelligent.ports.out.IdentityFixtures;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Alerts land where someone can list them: a tenant's in alerts, visible in that tenant's
 * transaction; one of no tenant in system_alerts. The sink has nothing to read them back with, so
 * this reads them with SQL, as the owner (which bypasses the policies) and as the tenant.
 */
class PostgresAlertSinkTest {

    private static PostgresDatabase database;
    private static Jdbi owner;

    private record Stored(String kind, String message, Instant raisedAt) {
    }

    @BeforeAll
    static void openDatabase() {
        PostgresSettings settings = EmbeddedPostgresFixture.migratedDatabase();
        database = PostgresDatabase.open(settings);
        owner = Jdbi.create(settings.jdbcUrl(), settings.user(), settings.password());
    }

    @AfterAll
    static void closeDatabase() {
        database.close();
    }

    @Test
    void raise_givenATenantsAlert_storesItAmongThatTenantsAlerts() {
        TenantId tenant = IdentityFixtures.newTenant(database.tenantStore());
        AlertSink sink = database.alertSink();

        sink.raise(new Alert(Option.of(tenant), "snapshot_stale", "Generate the snapshot again.", NOW));

        assertThat(stored("alerts where tenant_id = :key", tenant.value()))
                .containsExactly(new Stored("snapshot_stale", "Generate the snapshot again.", NOW));
        int visibleToTenant = database.transactions().inTenant(tenant, handle -> handle
                .createQuery("select count(*) from alerts").mapTo(Integer.class).one());
        assertThat(visibleToTenant).isEqualTo(1);
    }

    @Test
    void raise_givenNoTenant_storesASystemAlertAndNoTenantsAlert() {
        String message = IdentityFixtures.unique("The scheduler stopped");
        Instant at = Instant.parse("2026-11-07T05:00:00.123456789Z");

        database.alertSink().raise(new Alert(Option.none(), "snapshot_failed", message, at));

        // PostgreSQL keeps microseconds; the stored time is never later than the moment.
        assertThat(stored("system_alerts where message = :key", message))
                .containsExactly(new Stored("snapshot_failed", message, Instant.parse("2026-11-07T05:00:00.123456Z")));
        assertThat(stored("alerts where message = :key", message)).isEmpty();
    }

    @Test
    void raise_givenTheSameAlertTwice_storesTwoRows() {
        TenantId tenant = IdentityFixtures.newTenant(database.tenantStore());
        Alert alert = new Alert(Option.of(tenant), "snapshot_stale", "again", NOW);

        database.alertSink().raise(alert);
        database.alertSink().raise(alert);

        assertThat(stored("alerts where tenant_id = :key", tenant.value())).hasSize(2);
    }

    /** The alerts {@code fromWhere} names, read as the owner; {@code key} fills its :key. */
    private static List<Stored> stored(String fromWhere, Object key) {
        return owner.withHandle(handle -> handle.createQuery("select kind, message, raised_at from " + fromWhere)
                .bind("key", key)
                .map((row, context) -> new Stored(row.getString("kind"), row.getString("message"),
                        Timestamps.instant(row, "raised_at")))
                .list());
    }
}
