package net.adtelligent.adapters.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import net.adtelligent.domain.tenant.Slug;
import net.adtelligent.ports.out.TenantFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The database goes away under an open database: calls fail within a bound, and work again once it is back. */
class PostgresOutageTest {

    @TempDir
    Path dataDir;

    @Test
    void storeCall_givenServerStoppedThenStartedAgain_failsWithinTheConnectionWaitThenWorksWithoutReopening()
            throws IOException {
        int port = freePort();
        EmbeddedPostgres server = server(port);
        PostgresSettings settings = PostgresSettings.of("jdbc:postgresql://localhost:" + port + "/postgres", "postgres", "");
        try (PostgresDatabase database = PostgresDatabase.open(settings)) {
            database.migrate();
            database.tenantStore().add(TenantFixtures.tenant("acme"));
            server.close();
            catchThrowable(() -> database.tenantStore().bySlug(new Slug("acme"))); // a pooled connection learns of it

            long start = System.nanoTime();
            Throwable failure = catchThrowable(() -> database.tenantStore().bySlug(new Slug("acme")));
            Duration took = Duration.ofNanos(System.nanoTime() - start);

            assertThat(failure).isInstanceOf(PostgresUnavailableException.class);
            assertThat(took).isLessThan(PostgresSettings.DEFAULT_CONNECTION_WAIT.plusSeconds(1));

            server = server(port);
            assertThat(database.tenantStore().bySlug(new Slug("acme"))).isNotEmpty();
        } finally {
            server.close();
        }
    }

    @Test
    void statement_givenServerSilentMidStatement_failsWithinTheSocketTimeoutAsUnavailable() throws IOException {
        PostgresSettings direct = EmbeddedPostgresFixture.migratedDatabase();
        int serverPort = Integer.parseInt(direct.jdbcUrl().replaceAll(".*://localhost:(\\d+)/.*", "$1"));
        try (FreezingProxy proxy = FreezingProxy.to(serverPort)) {
            PostgresSettings settings = PostgresSettings.of(
                    direct.jdbcUrl().replace(":" + serverPort + "/", ":" + proxy.port() + "/"), direct.user(), direct.password())
                    .withSocketTimeout(Duration.ofSeconds(2));
            try (PostgresDatabase database = PostgresDatabase.open(settings)) {
                database.tenantStore().add(TenantFixtures.tenant("acme"));

                long start = System.nanoTime();
                Throwable failure = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> catchThrowable(() ->
                        database.transactions().inDirectory(handle -> {
                            proxy.freeze();
                            return handle.createQuery("select count(*) from tenants").mapTo(Long.class).one();
                        })));
                Duration took = Duration.ofNanos(System.nanoTime() - start);

                assertThat(failure).isInstanceOf(PostgresUnavailableException.class)
                        .hasMessageContaining(":" + proxy.port() + "/");
                assertThat(took).isBetween(Duration.ofSeconds(2), Duration.ofSeconds(5));
            }
        }
    }

    private EmbeddedPostgres server(int port) throws IOException {
        // The same port and data folder each time: the same database, stopped and started again.
        return EmbeddedPostgres.builder().setPort(port).setDataDirectory(dataDir).setCleanDataDirectory(false).start();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
