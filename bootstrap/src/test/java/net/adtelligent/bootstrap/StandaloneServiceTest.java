package net.adtelligent.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import net.adtelligent.ports.in.PageQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The standalone service on its embedded defaults, as `serve` runs it, with data in a temporary folder. */
class StandaloneServiceTest {

    @TempDir
    Path dataDir;

    private Settings settings() {
        return Settings.from(Map.of("ADT_DATA_DIR", dataDir.toString(), "ADT_HTTP_PORT", "0"));
    }

    @Test
    void restart_givenTenantsCreated_keepsThemInTheDataDir() throws Exception {
        try (StandaloneService first = StandaloneService.start(settings())) {
            DemoData.ensure(first.core());
            assertThat(get(first.httpPort(), "/api/health/").statusCode()).isEqualTo(200);
        }

        try (StandaloneService second = StandaloneService.start(settings())) {
            HttpResponse<String> demo = get(second.httpPort(), "/api/tenants/demo/");
            assertThat(demo.statusCode()).isEqualTo(200);
            assertThat(demo.body()).contains("\"display_name\":\"Demo Agency\"");
            DemoData.ensure(second.core());
            assertThat(second.core().findTenants().list(PageQuery.first(10)).get().items())
                    .hasSize(1);
        }
    }

    @Test
    void start_givenPortInUse_failsNamingTheAddressAndTheVariable() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Settings busy = settings().withHttpPort(taken.getLocalPort());

            assertThatThrownBy(() -> StandaloneService.start(busy))
                    .isInstanceOf(ConfigurationException.class)
                    .hasMessageContaining("127.0.0.1:" + taken.getLocalPort())
                    .hasMessageContaining("ADT_HTTP_PORT");
        }
        // The failed start released the embedded database, so the next start on the same folder works.
        try (StandaloneService service = StandaloneService.start(settings())) {
            assertThat(get(service.httpPort(), "/api/health/").body()).contains("\"database\"");
        }
    }

    private static HttpResponse<String> get(int port, String path) throws Exception {
        return HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
