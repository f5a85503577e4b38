package net.adtelligent.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Readiness over a real server, with a real outside part (SES) that does not answer. */
class ReadinessOverHttpTest {

    @Test
    void ready_givenTheMailServiceUnreachable_staysReadyWhileHealthSaysMailIsDown(@TempDir Path data) throws Exception {
        Settings settings = Settings.from(Map.of("ADT_DATA_DIR", data.toString(), "ADT_HTTP_PORT", "0",
                "ADT_MAIL_PROVIDER", "ses", "ADT_MAIL_FROM", "ops@example.com", "AWS_REGION", "eu-west-1",
                "ADT_SES_ENDPOINT", "http://127.0.0.1:" + closedPort(),
                "AWS_ACCESS_KEY_ID", "testing", "AWS_SECRET_ACCESS_KEY", "testing"));
        try (StandaloneService service = StandaloneService.start(settings)) {
            HttpResponse<String> ready = StandaloneServiceTest.get(service.httpPort(), "/api/health/ready/", null);
            HttpResponse<String> health = StandaloneServiceTest.get(service.httpPort(), "/api/health/", null);

            assertThat(ready.statusCode()).as(ready.body()).isEqualTo(200);
            assertThat(ready.body()).contains("\"status\":\"up\"", "\"database\":{\"status\":\"up\"}",
                    "\"mail\":{\"status\":\"down\"}");
            assertThat(health.statusCode()).as(health.body()).isEqualTo(503);
            assertThat(health.body()).contains("\"mail\":{\"status\":\"down\"}");
        }
    }

    private static int closedPort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
