package net.adtelligent.adapters.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import net.adtelligent.domain.tenant.Slug;
import net.adtelligent.ports.out.ComponentHealth;
import net.adtelligent.ports.out.TenantFixtures;
import org.junit.jupiter.api.Test;

class PostgresDatabaseTest {

    @Test
    void migrate_givenAlreadyMigratedDatabase_changesNothingAndKeepsData() {
        PostgresSettings settings = EmbeddedPostgresFixture.freshDatabase();
        try (PostgresDatabase database = PostgresDatabase.open(settings)) {
            database.migrate();
            database.tenantStore().add(TenantFixtures.tenant("acme"));

            database.migrate();

            assertThat(database.tenantStore().bySlug(new Slug("acme"))).isNotEmpty();
        }
    }

    @Test
    void migrate_givenRoleNotYetOnTheServer_createsItAndThePoolWorksAsIt() {
        PostgresSettings fresh = EmbeddedPostgresFixture.freshDatabase();
        String role = "app_" + UUID.randomUUID().toString().replace("-", "");
        PostgresSettings settings = new PostgresSettings(fresh.jdbcUrl(), fresh.user(), fresh.password(), role);
        try (PostgresDatabase database = PostgresDatabase.open(settings)) {
            database.migrate();

            String currentUser = database.transactions().inDirectory(handle ->
                    handle.createQuery("select current_user").mapTo(String.class).one());
            assertThat(currentUser).isEqualTo(role);
        }
    }

    @Test
    void open_givenClosedPort_failsFastNamingTheAddressButNotThePassword() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        PostgresSettings settings = PostgresSettings.of(
                "jdbc:postgresql://127.0.0.1:" + closedPort + "/adtelligent", "adtelligent", "s3cret-Passw0rd");
        Instant started = Instant.now();

        assertThatThrownBy(() -> PostgresDatabase.open(settings))
                .isInstanceOf(PostgresUnavailableException.class)
                .hasMessage("cannot connect to PostgreSQL at 127.0.0.1:" + closedPort + "/adtelligent: Connection refused")
                .message().doesNotContain("s3cret");
        assertThat(Duration.between(started, Instant.now())).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void open_givenUnknownDatabase_isARefusedLoginSaidInOneLine() {
        PostgresSettings fresh = EmbeddedPostgresFixture.freshDatabase();
        PostgresSettings missing = PostgresSettings.of(
                fresh.jdbcUrl().replaceAll("/t_\\w+$", "/no_such_db"), fresh.user(), fresh.password());

        assertThatThrownBy(() -> PostgresDatabase.open(missing))
                .isInstanceOf(PostgresLoginException.class)
                .hasMessageStartingWith("PostgreSQL at localhost:")
                .hasMessageContaining("/no_such_db refused the login: ")
                .hasMessageContaining("does not exist")
                .message().doesNotContain("\n");
    }

    @Test
    void open_givenUnknownUser_isARefusedLoginNotAnOutage() {
        PostgresSettings fresh = EmbeddedPostgresFixture.freshDatabase();
        PostgresSettings stranger = PostgresSettings.of(fresh.jdbcUrl(), "nobody_here", "not-a-real-password");

        assertThatThrownBy(() -> PostgresDatabase.open(stranger))
                .isInstanceOf(PostgresLoginException.class)
                .isNotInstanceOf(PostgresUnavailableException.class)
                .hasMessageContaining("refused the login: ")
                .hasMessageContaining("\"nobody_here\" does not exist")
                .message().doesNotContain("not-a-real-password");
    }

    @Test
    void healthProbe_givenMigratedDatabase_reportsUpWithTheServerVersion() {
        try (PostgresDatabase database = PostgresDatabase.open(EmbeddedPostgresFixture.migratedDatabase())) {
            ComponentHealth health = database.healthProbe().probe();

            assertThat(health.component()).isEqualTo("database");
            assertThat(health.up()).isTrue();
            assertThat(health.detail()).matches("PostgreSQL 14\\.\\d+.*");
        }
    }

    @Test
    void healthProbe_givenClosedDatabase_throwsSoTheHealthServiceReportsItDown() {
        PostgresDatabase database = PostgresDatabase.open(EmbeddedPostgresFixture.migratedDatabase());
        database.close();

        assertThatThrownBy(() -> database.healthProbe().probe()).isInstanceOf(RuntimeException.class);
    }
}
