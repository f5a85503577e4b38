package net.adtelligent.adapters.postgres;

import static net.adtelligent.ports.out.IdentityFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
 * transaction; one of no tenant in system_alerts. Read with SQL, as the owner (which bypasses the
 * policies) and as the tenant; and the table itself refuses a second ongoing episode.
 */
class PostgresAlertRowsTest {

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
    void raise_givenTheSameAlertTwice_storesOneOngoingRow() {
        TenantId tenant = IdentityFixtures.newTenant(database.tenantStore());
        Alert alert = new Alert(Option.of(tenant), "snapshot_stale", "again", NOW);

        database.alertSink().raise(alert);
        database.alertSink().raise(alert);

        assertThat(stored("alerts where tenant_id = :key", tenant.value())).hasSize(1);
    }

    @Test
    void insert_givenAnOngoingEpisodeOfTheSameRuleAndSubject_isRefusedByTheTableItself() {
        TenantId tenant = IdentityFixtures.newTenant(database.tenantStore());
        database.alertSink().raise(new Alert(Option.of(tenant), "sync_failing", "failing", NOW));
        String insert = "insert into alerts (tenant_id, kind, subject, message, state, raised_at, last_raised_at)"
                + " values (:tenant, 'sync_failing', 'tenant', 'second', :state, now(), now())";

        assertThatThrownBy(() -> owner.useHandle(handle -> handle.createUpdate(insert)
                .bind("tenant", tenant.value()).bind("state", "acknowledged").execute()))
                .hasMessageContaining("alerts_one_ongoing");
        // A resolved episode of the same rule and subject is history, which may hold any number.
        int resolved = owner.withHandle(handle -> handle.createUpdate(insert
                        .replace("last_raised_at)", "last_raised_at, resolved_at)").replace("now(), now())", "now(), now(), now())"))
                .bind("tenant", tenant.value()).bind("state", "resolved").execute());
        assertThat(resolved).isEqualTo(1);
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
