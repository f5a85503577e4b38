package net.adtelligent.adapters.airbyte;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import net.adtelligent.ports.out.Telemetry;

/** A WireMock server on loopback playing Airbyte's API under /v1, and clients pointed at it. */
final class AirbyteStub {

    static final String WORKSPACE = "744cc0ed-7f05-4949-9e60-2a814f90c035";
    static final String DESTINATION = "e478de0d-a3a0-475c-b019-25f7dd29e281";
    static final String CONNECTION = "9924bcd0-99be-453d-ba47-c2c9766f7da5";
    /**
     * Short waits so the retry tests take milliseconds; the breaker opens after four failed attempts.
     * The call timeout stays generous: a loaded build machine must not turn a quick stub into a timeout.
     */
    static final ResiliencePolicy FAST = new ResiliencePolicy(Duration.ofSeconds(2), Duration.ofSeconds(5), 4,
            Duration.ofMillis(10), Duration.ofMillis(40), Duration.ofSeconds(5), 4, 4, Duration.ofMinutes(1));

    final WireMockServer server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());

    void start() {
        server.start();
    }

    void stop() {
        server.stop();
    }

    URI apiUrl() {
        return URI.create("http://127.0.0.1:" + server.port() + "/v1");
    }

    AirbyteClient client(AirbyteCredentials credentials, Telemetry telemetry, Clock clock) {
        return client(FAST, credentials, telemetry, clock);
    }

    AirbyteClient client(ResiliencePolicy policy, AirbyteCredentials credentials, Telemetry telemetry, Clock clock) {
        return new AirbyteClient(new AirbyteConfig(apiUrl(), credentials, WORKSPACE, DESTINATION, policy), telemetry, clock,
                () -> 0.5);
    }

    AirbyteClient client(Telemetry telemetry) {
        return client(new AirbyteCredentials.StaticToken("fake-static-token"), telemetry, Clock.systemUTC());
    }

    /** A stub answer from src/test/resources/airbyte-stubs (checked against Airbyte's models in CI). */
    static String body(String name) {
        try (InputStream in = AirbyteStub.class.getResourceAsStream("/airbyte-stubs/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no stub " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Telemetry that keeps what it was told, to check that calls, retries and breaker states are reported. */
    static final class RecordingTelemetry implements Telemetry {
        final List<String> calls = new ArrayList<>();
        final List<String> states = new ArrayList<>();
        int retries;

        @Override
        public synchronized void outsideCall(String component, String operation, String outcome, Duration took) {
            calls.add(component + "/" + operation + "/" + outcome);
        }

        @Override
        public synchronized void outsideCallRetried(String component) {
            retries++;
        }

        @Override
        public synchronized void circuitBreakerState(String component, String state) {
            states.add(state);
        }
    }
}
