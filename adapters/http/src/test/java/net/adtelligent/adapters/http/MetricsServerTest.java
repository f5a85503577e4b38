package net.adtelligent.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import net.adtelligent.adapters.http.operations.AppMetricsHandler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** /metrics/app/ on a listener of its own: the address protects it, and a configured token as well. */
class MetricsServerTest {

    private static final String TOKEN = "scrape-0123456789-abcdef";
    private static final String TEXT = "# TYPE adt_up gauge\nadt_up 1\n";
    private static final MetricsEndpoint ENDPOINT = MetricsEndpoint.of("text/plain; version=0.0.4; charset=utf-8",
            out -> out.write(TEXT.getBytes(StandardCharsets.UTF_8)));

    private final HttpClient client = HttpClient.newHttpClient();
    private MetricsServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private HttpResponse<String> get(String path, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void appMetrics_givenNoToken_servesTheTextToWhoeverReachesTheAddress() throws Exception {
        server = MetricsServer.start("127.0.0.1", 0, ENDPOINT, Optional.empty());

        HttpResponse<String> response = get(AppMetricsHandler.PATH, null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(TEXT);
        assertThat(response.headers().firstValue("Content-Type")).contains("text/plain; version=0.0.4; charset=utf-8");
        assertThat(response.headers().firstValue("Cache-Control")).contains("no-store");
    }

    @Test
    void appMetrics_givenAToken_asksForIt() throws Exception {
        server = MetricsServer.start("127.0.0.1", 0, ENDPOINT, Optional.of(TOKEN));

        HttpResponse<String> without = get(AppMetricsHandler.PATH, null);
        HttpResponse<String> wrong = get(AppMetricsHandler.PATH, "Bearer " + TOKEN + "x");
        HttpResponse<String> right = get(AppMetricsHandler.PATH, "Bearer " + TOKEN);

        assertThat(without.statusCode()).isEqualTo(401);
        assertThat(without.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer "));
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.body()).doesNotContain("adt_up");
        assertThat(right.statusCode()).isEqualTo(200);
        assertThat(right.body()).isEqualTo(TEXT);
    }

    @Test
    void otherPaths_answer404AsProblems() throws Exception {
        server = MetricsServer.start("127.0.0.1", 0, ENDPOINT, Optional.empty());

        for (String path : new String[] {"/", "/api/health/", "/metrics/app", "/openapi.json"}) {
            HttpResponse<String> response = get(path, null);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.headers().firstValue("Content-Type")).as(path).contains("application/problem+json");
            assertThat(response.body()).as(path).doesNotContain("adt_up");
        }
    }

    @Test
    void start_givenAShortToken_isRefusedWithoutRepeatingIt() {
        assertThatThrownBy(() -> MetricsServer.start("127.0.0.1", 0, ENDPOINT, Optional.of("short-secret")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 16")
                .hasMessageNotContaining("short-secret");
    }

    @Test
    void start_givenAPortInUse_saysWhichAddress() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            assertThatThrownBy(() -> MetricsServer.start("127.0.0.1", taken.getLocalPort(), ENDPOINT, Optional.empty()))
                    .isInstanceOf(HttpStartException.class)
                    .hasMessageStartingWith("cannot listen on 127.0.0.1:" + taken.getLocalPort());
        }
    }
}
