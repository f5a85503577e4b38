package net.adtelligent.bootstrap;

import static net.adtelligent.bootstrap.StandaloneServiceTest.get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * /metrics/app/ as the standalone service serves it: on the API's port behind ADT_METRICS_TOKEN, or
 * with ADT_METRICS_PORT on a listener of its own, which the API then no longer answers for.
 */
class StandaloneMetricsTest {

    private static final String TOKEN = "scrape-0123456789-abcdef";
    private static final String PATH = "/metrics/app/";

    @TempDir
    Path dataDir;

    private Settings settings(String... variables) {
        Map<String, String> env = new HashMap<>(Map.of("ADT_DATA_DIR", dataDir.toString(), "ADT_HTTP_PORT", "0"));
        for (int i = 0; i < variables.length; i += 2) {
            env.put(variables[i], variables[i + 1]);
        }
        return Settings.from(env);
    }

    @Test
    void apiPort_givenTheToken_servesTheRequestMetricsOfTheApi() throws Exception {
        try (StandaloneService service = StandaloneService.start(settings("ADT_METRICS_TOKEN", TOKEN))) {
            get(service.httpPort(), "/api/health/", null);

            HttpResponse<String> scraped = get(service.httpPort(), PATH, TOKEN);

            assertThat(service.metricsPort()).isEmpty();
            assertThat(get(service.httpPort(), PATH, null).statusCode()).isEqualTo(401);
            assertThat(scraped.statusCode()).isEqualTo(200);
            assertThat(scraped.body()).contains("adtelligent_http_request_duration_seconds_count{method=\"GET\",route=\"/api/health/\"}");
        }
    }

    @Test
    void ownPort_givenAToken_servesThereOnlyAndAsksForIt() throws Exception {
        try (StandaloneService service = StandaloneService.start(
                settings("ADT_METRICS_TOKEN", TOKEN, "ADT_METRICS_PORT", "0"))) {
            int metricsPort = service.metricsPort().orElseThrow();
            get(service.httpPort(), "/api/health/", null);

            HttpResponse<String> onApi = get(service.httpPort(), PATH, TOKEN);
            HttpResponse<String> withoutToken = get(metricsPort, PATH, null);
            HttpResponse<String> scraped = get(metricsPort, PATH, TOKEN);

            assertThat(metricsPort).isNotEqualTo(service.httpPort());
            assertThat(onApi.statusCode()).isEqualTo(404);
            assertThat(withoutToken.statusCode()).isEqualTo(401);
            assertThat(scraped.statusCode()).isEqualTo(200);
            assertThat(scraped.body()).contains("route=\"/api/health/\"");
            assertThat(get(metricsPort, "/api/health/", null).statusCode()).isEqualTo(404);
        }
    }

    @Test
    void ownPort_givenNoToken_servesWhoeverReachesIt() throws Exception {
        try (StandaloneService service = StandaloneService.start(settings("ADT_METRICS_PORT", "0"))) {
            HttpResponse<String> scraped = get(service.metricsPort().orElseThrow(), PATH, null);

            assertThat(scraped.statusCode()).isEqualTo(200);
            assertThat(scraped.body()).contains("adtelligent_");
            assertThat(get(service.httpPort(), PATH, null).statusCode()).isEqualTo(404);
        }
    }

    @Test
    void ownPort_givenAPortInUse_failsNamingTheVariables() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Settings busy = settings("ADT_METRICS_PORT", Integer.toString(taken.getLocalPort()));

            assertThatThrownBy(() -> StandaloneService.start(busy))
                    .isInstanceOf(ConfigurationException.class)
                    .hasMessageContaining("127.0.0.1:" + taken.getLocalPort())
                    .hasMessageContaining("ADT_METRICS_PORT");
        }
        // The failed start released everything: the same folder starts again.
        try (StandaloneService service = StandaloneService.start(settings())) {
            assertThat(get(service.httpPort(), "/api/health/", null).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void settings_givenAPortOutOfRange_nameTheVariable() {
        assertThatThrownBy(() -> settings("ADT_METRICS_PORT", "70000"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("ADT_METRICS_PORT");
    }
}
