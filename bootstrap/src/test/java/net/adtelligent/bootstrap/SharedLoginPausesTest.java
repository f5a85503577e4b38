package net.adtelligent.bootstrap;

import static net.adtelligent.ports.out.IdentityFixtures.race;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import net.adtelligent.adapters.http.HttpServer;
import net.adtelligent.adapters.http.HttpSettings;
import net.adtelligent.adapters.postgres.EmbeddedPostgresFixture;
import net.adtelligent.adapters.postgres.PostgresDatabase;
import net.adtelligent.adapters.postgres.PostgresSettings;
import net.adtelligent.application.Adtelligent;
import net.adtelligent.ports.in.Actor;
import net.adtelligent.testing.FromAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two instances of the service, wired as `serve` wires them, on one PostgreSQL database: the
 * pauses of failed logins are counted there, so the instances share one budget, not one each.
 */
class SharedLoginPausesTest {

    private static final String EMAIL = "owner@example.com";
    private static final String PASSWORD = StandaloneServiceTest.PASSWORD;

    @TempDir
    Path dataDir;

    /** Three free tries per account and address, then an hour's pause: no test outlives it. */
    private Settings settings() {
        return Settings.from(Map.of("ADT_DATA_DIR", dataDir.toString(), "ADT_LOGIN_FREE_ATTEMPTS", "3",
                "ADT_LOGIN_FIRST_PAUSE", "PT1H", "ADT_LOGIN_MAX_PAUSE", "PT1H", "ADT_LOGIN_REMEMBER", "PT2H"));
    }

    private static String credentials(String password) {
        return "{\"email\": \"" + EMAIL + "\", \"password\": \"" + password + "\"}";
    }

    @Test
    void logIn_givenFailuresSpreadOverTwoInstances_pausesTheAddressOnBoth_andTheOwnerStillLogsIn() throws Exception {
        PostgresSettings shared = EmbeddedPostgresFixture.migratedDatabase();
        Settings settings = settings();
        try (PostgresDatabase firstDatabase = PostgresDatabase.open(shared);
                PostgresDatabase secondDatabase = PostgresDatabase.open(shared);
                Adtelligent first = Wiring.core(settings, firstDatabase);
                Adtelligent second = Wiring.core(settings, secondDatabase);
                HttpServer one = HttpServer.start(first.userPorts(), HttpSettings.defaults("127.0.0.1", 0));
                HttpServer two = HttpServer.start(second.userPorts(), HttpSettings.defaults("127.0.0.1", 0))) {
            first.manageUsers().createUser(Actor.system("test"), EMAIL, PASSWORD).get();
            FromAddress attacker = FromAddress.of("127.0.0.2");
            FromAddress owner = FromAddress.of("127.0.0.3");

            List<Integer> spread = List.of(
                    attacker.post(one.port(), "/api/auth/login/", credentials("guess-1")).status(),
                    attacker.post(two.port(), "/api/auth/login/", credentials("guess-2")).status(),
                    attacker.post(one.port(), "/api/auth/login/", credentials("guess-3")).status());
            FromAddress.Answer fourth = attacker.post(two.port(), "/api/auth/login/", credentials("guess-4"));

            assertThat(spread).containsExactly(401, 401, 401);
            assertThat(fourth.status()).as("the second instance knows the first one's failures").isEqualTo(429);
            assertThat(fourth.header("Retry-After")).contains("3600");
            assertThat(owner.post(two.port(), "/api/auth/login/", credentials(PASSWORD)).status()).isEqualTo(200);
            assertThat(owner.post(one.port(), "/api/auth/login/", credentials(PASSWORD)).status()).isEqualTo(200);

            // Many guesses at once from a fresh address, on both instances: exactly the three free ones are checked.
            FromAddress swarm = FromAddress.of("127.0.0.4");
            AtomicInteger turn = new AtomicInteger();
            List<Integer> statuses = race(16, () -> {
                int n = turn.getAndIncrement();
                return swarm.post(n % 2 == 0 ? one.port() : two.port(), "/api/auth/login/", credentials("swarm-" + n)).status();
            });
            assertThat(statuses).filteredOn(status -> status == 401).hasSize(3);
            assertThat(statuses).filteredOn(status -> status == 429).hasSize(13);
        }
    }
}
