package net.adtelligent.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import net.adtelligent.ports.in.UserPorts;
import net.adtelligent.testing.TestCore;
import org.junit.jupiter.api.Test;

class HttpServerTest {

    private final UserPorts core = new TestCore().core.userPorts();

    @Test
    void start_givenPortZero_listensOnAFreePort() {
        try (HttpServer server = HttpServer.start(core, new HttpSettings("127.0.0.1", 0, 1_000))) {
            assertThat(server.port()).isPositive();
        }
    }

    @Test
    void start_givenPortInUse_throwsHttpStartExceptionWithOneClearLine() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            HttpSettings settings = new HttpSettings("127.0.0.1", taken.getLocalPort(), 1_000);

            assertThatThrownBy(() -> HttpServer.start(core, settings))
                    .isInstanceOf(HttpStartException.class)
                    .hasMessage("cannot listen on 127.0.0.1:" + taken.getLocalPort() + ": address already in use");
        }
    }

    @Test
    void close_releasesThePort() throws IOException {
        int port;
        try (HttpServer server = HttpServer.start(core, new HttpSettings("127.0.0.1", 0, 1_000))) {
            port = server.port();
        }

        try (ServerSocket again = new ServerSocket(port, 1, InetAddress.getByName("127.0.0.1"))) {
            assertThat(again.getLocalPort()).isEqualTo(port);
        }
    }

    @Test
    void settings_defaults_allowNoBrowserOriginAndThrottleAsDocumented() {
        HttpSettings settings = HttpSettings.defaults("0.0.0.0", 8080);

        assertThat(settings.corsOrigins()).isEmpty();
        assertThat(settings.throttling()).isEqualTo(Throttling.defaults());
        assertThat(settings.maxRequestBytes()).isEqualTo(1024 * 1024);
        assertThat(settings.withCorsOrigins(java.util.List.of(" https://App.example.com ")).corsOrigins())
                .containsExactly("https://app.example.com");
    }

    @Test
    void settings_givenNonsense_refuseToBeBuilt() {
        assertThatThrownBy(() -> new HttpSettings(" ", 8080, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new HttpSettings("localhost", 70_000, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new HttpSettings("localhost", 8080, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Throttling(0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Throttling(1, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
