package net.adtelligent.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import net.adtelligent.ports.in.Actor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The running service while its PostgreSQL is stopped and started again: requests answer 503 within
 * the connection wait instead of hanging, health within a second, liveness without the database;
 * once the database is back, the same requests work without restarting the service.
 */
class DatabaseOutageTest {

    private static final String EMAIL = "ops@example.com";
    private static final String PASSWORD = StandaloneServiceTest.PASSWORD;
    /** How soon after the database is back the service must serve again: the pool's longest pause and a wait. */
    private static final Duration RECOVERY = Duration.ofSeconds(8);

    @TempDir
    Path pgData;

    @TempDir
    Path dataDir;

    @Test
    void signedInRead_givenDatabaseStoppedThenStarted_answers503QuicklyThenWorksWithoutRestart() throws Exception {
        try (RestartablePostgres postgres = new RestartablePostgres(pgData).start();
             StandaloneService service = StandaloneService.start(Settings.from(Map.of(
                     "ADT_DATABASE_URL", postgres.url(), "ADT_DATA_DIR", dataDir.toString(), "ADT_HTTP_PORT", "0",
                     // Every request asks the database, so nothing is answered from memory while it is away.
                     "ADT_DATABASE_READ_CACHE", "PT0S")))) {
            int port = service.httpPort();
            service.core().manageUsers().createUser(Actor.system("test"), EMAIL, PASSWORD).get();
            String token = StandaloneServiceTest.logIn(port, EMAIL, PASSWORD);
            assertThat(post(port, "/api/tenants/", token, """
                    {"slug": "acme", "display_name": "Acme", "reporting_currency": "EUR", "reporting_time_zone": "Europe/Berlin"}
                    """).statusCode()).isEqualTo(201);
            assertThat(timed(port, "/api/tenants/acme/", token).response().statusCode()).isEqualTo(200);

            postgres.stop();

            for (int round = 1; round <= 2; round++) { // the first may meet pooled connections the server closed
                Timed read = timed(port, "/api/tenants/acme/", token);
                assertThat(read.response().statusCode()).as("round " + round).isEqualTo(503);
                assertThat(read.took()).as("round " + round).isLessThan(Duration.ofMillis(2500));
                assertThat(read.response().headers().firstValue("Content-Type")).hasValue("application/problem+json");
                assertThat(read.response().headers().firstValue("Retry-After")).hasValue("5");
                assertThat(read.response().body()).contains("\"type\":\"https://adtelligent.net/problems/unavailable\"")
                        .doesNotContain(String.valueOf(postgres.port()));
            }
            for (String path : new String[] {"/api/health/", "/api/health/ready/"}) {
                Timed health = timed(port, path, null);
                assertThat(health.response().statusCode()).as(path).isEqualTo(503);
                assertThat(health.took()).as(path).isLessThan(Duration.ofSeconds(1));
                assertThat(health.response().body()).as(path).contains("\"database\":{\"status\":\"down\"}");
            }
            Timed live = timed(port, "/api/health/live/", null);
            assertThat(live.response().statusCode()).isEqualTo(200);
            assertThat(live.took()).isLessThan(Duration.ofMillis(500));

            postgres.start();
            long back = System.nanoTime();

            // The pool tries to open connections again with a growing pause of at most 5 s between tries.
            HttpResponse<String> again = timed(port, "/api/tenants/acme/", token).response();
            while (again.statusCode() == 503 && Duration.ofNanos(System.nanoTime() - back).compareTo(RECOVERY) < 0) {
                Thread.sleep(200);
                again = timed(port, "/api/tenants/acme/", token).response();
            }
            assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
            assertThat(again.body()).contains("\"slug\":\"acme\"");
            assertThat(timed(port, "/api/health/", null).response().statusCode()).isEqualTo(200);
        }
    }

    private record Timed(HttpResponse<String> response, Duration took) {
    }

    private static Timed timed(int port, String path, String token) throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> response = StandaloneServiceTest.get(port, path, token);
        return new Timed(response, Duration.ofNanos(System.nanoTime() - start));
    }

    private static HttpResponse<String> post(int port, String path, String token, String body) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
