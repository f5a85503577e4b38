package net.adtelligent.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.adtelligent.ports.in.Actor;
import net.adtelligent.ports.in.PageQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The standalone service on its embedded defaults, as `serve` runs it, with data in a temporary folder. */
class StandaloneServiceTest {

    static final String PASSWORD = "vivid-otter-quilt-91-harbor";

    @TempDir
    Path dataDir;

    private Settings settings() {
        return Settings.from(Map.of("ADT_DATA_DIR", dataDir.toString(), "ADT_HTTP_PORT", "0"));
    }

    @Test
    void restart_givenDemoCreated_keepsTenantAndOwnerInTheDataDir() throws Exception {
        try (StandaloneService first = StandaloneService.start(settings())) {
            DemoData.Demo demo = DemoData.ensure(first.core(), Optional.of(PASSWORD));
            assertThat(demo.generatedPassword()).isEmpty();
            assertThat(get(first.httpPort(), "/api/health/", null).statusCode()).isEqualTo(200);
        }

        try (StandaloneService second = StandaloneService.start(settings())) {
            String token = logIn(second.httpPort(), DemoData.EMAIL, PASSWORD);
            HttpResponse<String> demo = get(second.httpPort(), "/api/tenants/demo/", token);
            assertThat(demo.statusCode()).isEqualTo(200);
            assertThat(demo.body()).contains("\"display_name\":\"Demo Agency\"");
            DemoData.ensure(second.core(), Optional.empty());
            assertThat(second.core().findTenants().list(Actor.system("test"), PageQuery.first(10)).get().items()).hasSize(1);
        }
    }

    @Test
    void demo_givenNoConfiguredPassword_generatesOneThatLogsIn() throws Exception {
        try (StandaloneService service = StandaloneService.start(settings())) {
            String generated = DemoData.ensure(service.core(), Optional.empty()).generatedPassword().get();

            assertThat(logIn(service.httpPort(), DemoData.EMAIL, generated)).isNotBlank();
            assertThat(DemoData.ensure(service.core(), Optional.empty()).generatedPassword()).isEmpty();
        }
    }

    @Test
    void passwordReset_givenEmbeddedDefaults_writesTheMailToTheOutbox() throws Exception {
        try (StandaloneService service = StandaloneService.start(settings())) {
            DemoData.ensure(service.core(), Optional.of(PASSWORD));

            service.core().passwordReset().request(DemoData.EMAIL, Actor.system("test").client());

            try (var files = Files.list(dataDir.resolve("outbox"))) {
                assertThat(files.filter(f -> f.toString().endsWith(".eml")).toList()).hasSize(1);
            }
        }
    }

    @Test
    void logIn_givenNulInTheEmail_answers401NotAServerError() throws Exception {
        try (StandaloneService service = StandaloneService.start(settings())) {
            HttpResponse<String> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + service.httpPort() + "/api/auth/login/"))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString("{\"email\":\"a\\u0000b@example.com\",\"password\":\"x\"}"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).as(response.body()).isEqualTo(401);
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
            assertThat(get(service.httpPort(), "/api/health/", null).body()).contains("\"database\"")
                    .contains("\"key service\"");
        }
    }

    static String logIn(int port, String email, String password) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/auth/login/"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        Matcher access = Pattern.compile("\"access\":\"([^\"]+)\"").matcher(response.body());
        assertThat(access.find()).isTrue();
        return access.group(1);
    }

    static HttpResponse<String> get(int port, String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
