package net.adtelligent.bootstrap;

import static net.adtelligent.bootstrap.StandaloneServiceTest.get;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import net.adtelligent.adapters.postgres.EmbeddedPostgresFixture;
import net.adtelligent.adapters.postgres.PostgresSettings;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Airbyte's webhook as the service serves it: two instances on one database, as behind a load
 * balancer, share the record of deliveries (V20), so a delivery Airbyte repeats to the other
 * instance is passed on once; each instance counts its deliveries by outcome on /metrics/app/.
 */
class TwoInstancesWebhookTest {

    // Fake values, for this test only.
    private static final String SECRET = "fake-webhook-secret-two-instances";
    private static final String METRICS_TOKEN = "fake-metrics-token-two-instances";

    private static PostgresSettings database;

    @TempDir
    Path dataA;
    @TempDir
    Path dataB;

    @BeforeAll
    static void oneDatabase() {
        database = EmbeddedPostgresFixture.migratedDatabase();
    }

    private Settings settings(Path dataDir) {
        String url = database.jdbcUrl() + (database.jdbcUrl().contains("?") ? "&" : "?")
                + "user=" + URLEncoder.encode(database.user(), StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(database.password(), StandardCharsets.UTF_8);
        return Settings.from(Map.of("ADT_DATABASE_URL", url, "ADT_DATA_DIR", dataDir.toString(), "ADT_HTTP_PORT", "0",
                "ADT_AIRBYTE_WEBHOOK_SECRET", SECRET + ",fake-webhook-secret-being-rotated",
                "ADT_METRICS_TOKEN", METRICS_TOKEN));
    }

    @Test
    void delivery_givenRepeatedToAnotherInstance_isRecordedOnceAndCountedOnEach() throws Exception {
        try (StandaloneService a = StandaloneService.start(settings(dataA));
                StandaloneService b = StandaloneService.start(settings(dataB))) {
            String body = "{\"text\": \"sync failed\", \"data\": {\"connection\": {\"id\": "
                    + "\"64d901a1-2520-4d91-93c8-9df438668ff0\"}, \"jobId\": 31337, \"success\": false, "
                    + "\"errorMessage\": \"Token expired\"}}";

            HttpResponse<String> first = deliver(a.httpPort(), SECRET, body);
            // Recorded just after its 202: the repeat goes to the other instance once the first is in the database.
            awaitMetric(a.httpPort(), "adtelligent_webhook_deliveries_total{outcome=\"unknown_connection\"} 1.0");
            HttpResponse<String> again = deliver(b.httpPort(), SECRET, body);
            HttpResponse<String> wrong = deliver(b.httpPort(), SECRET + "-not", body);

            assertThat(first.statusCode()).as(first.body()).isEqualTo(202);
            assertThat(again.statusCode()).as(again.body()).isEqualTo(202);
            assertThat(wrong.statusCode()).isEqualTo(401);
            // No orchestration is wired here: every Airbyte connection is one no tenant's connection uses.
            awaitMetric(b.httpPort(), "adtelligent_webhook_deliveries_total{outcome=\"repeated\"} 1.0");
            assertThat(get(b.httpPort(), "/metrics/app/", METRICS_TOKEN).body())
                    .contains("adtelligent_webhook_deliveries_total{outcome=\"repeated\"} 1.0")
                    .contains("adtelligent_webhook_deliveries_total{outcome=\"not_authentic\"} 1.0");
        }
    }

    private static void awaitMetric(int port, String line) throws Exception {
        long until = System.nanoTime() + 20_000_000_000L;
        while (!get(port, "/metrics/app/", METRICS_TOKEN).body().contains(line)) {
            if (System.nanoTime() > until) {
                throw new AssertionError("no '" + line + "' on /metrics/app/ within 20 s");
            }
            Thread.sleep(20);
        }
    }

    private static HttpResponse<String> deliver(int port, String secret, String body) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/api/airbyte/webhook/" + secret + "/"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
