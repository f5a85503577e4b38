package net.adtelligent.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.Map;
import net.adtelligent.ports.out.ComponentHealth;
import net.adtelligent.ports.out.Telemetry;
import org.junit.jupiter.api.Test;

class AirbyteWiringTest {

    @Test
    void airbyte_givenNoUrl_buildsNoClient() {
        assertThat(Wiring.airbyte(Settings.from(Map.of()), Telemetry.NONE)).isEmpty();
    }

    @Test
    void airbyte_givenAUrlWhereNothingListens_buildsAClientWhoseHealthComponentIsDown() throws IOException {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Settings settings = Settings.from(Map.of("ADT_AIRBYTE_URL", "http://127.0.0.1:" + port + "/api/public/v1",
                "ADT_AIRBYTE_TOKEN", "fake-airbyte-token",
                "ADT_AIRBYTE_WORKSPACE_ID", "744cc0ed-7f05-4949-9e60-2a814f90c035",
                "ADT_AIRBYTE_DESTINATION_ID", "e478de0d-a3a0-475c-b019-25f7dd29e281"));

        ComponentHealth health = Wiring.airbyte(settings, Telemetry.NONE).orElseThrow().healthProbe().probe();

        assertThat(health.component()).isEqualTo("airbyte");
        assertThat(health.up()).isFalse();
        assertThat(health.detail()).doesNotContain("fake-airbyte-token");
    }
}
