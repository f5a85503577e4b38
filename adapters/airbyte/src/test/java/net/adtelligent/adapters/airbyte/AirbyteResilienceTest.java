package net.adtelligent.adapters.airbyte;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static net.adtelligent.adapters.airbyte.AirbyteStub.CONNECTION;
import static net.adtelligent.adapters.airbyte.AirbyteStub.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import net.adtelligent.ports.out.AirbyteRejectedException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Tokens, retries, timeouts and the circuit breaker against a stub Airbyte on loopback (policy {@link AirbyteStub#FAST}). */
class AirbyteResilienceTest {

    private static final String JOB = "/v1/jobs/4711";
    private static final AirbyteCredentials APPLICATION =
            new AirbyteCredentials.ClientCredentials("fake-client-id", "fake-client-secret");

    private final AirbyteStub stub = new AirbyteStub();
    private final AirbyteStub.RecordingTelemetry telemetry = new AirbyteStub.RecordingTelemetry();

    @BeforeEach
    void start() {
        stub.start();
    }

    @AfterEach
    void stop() {
        stub.stop();
    }

    /** Answers for GET /v1/jobs/4711, one after the other; the last one stays. */
    private void jobAnswers(ResponseDefinitionBuilder... answers) {
        for (int i = 0; i < answers.length; i++) {
            stub.server.stubFor(get(JOB).inScenario("job").whenScenarioStateIs(i == 0 ? STARTED : "after " + i)
                    .willReturn(answers[i]).willSetStateTo(i + 1 < answers.length ? "after " + (i + 1) : "after " + i));
        }
    }

    @Test
    void call_givenClientCredentials_fetchesATokenOnceAndKeepsIt() {
        stub.server.stubFor(post("/v1/applications/token").willReturn(okJson(body("token.json"))));
        stub.server.stubFor(get(JOB).withHeader("Authorization", equalTo("Bearer fake-access-token-first"))
                .willReturn(okJson(body("job-running.json"))));
        AirbyteClient client = stub.client(APPLICATION, telemetry, Clock.systemUTC());

        client.job(4711);
        client.job(4711);

        stub.server.verify(1, postRequestedFor(urlPathEqualTo("/v1/applications/token")).withRequestBody(equalToJson(
                "{\"client_id\":\"fake-client-id\",\"client_secret\":\"fake-client-secret\",\"grant-type\":\"client_credentials\"}")));
        stub.server.verify(2, getRequestedFor(urlPathEqualTo(JOB)));
    }

    @Test
    void call_givenTheTokenNearsItsEnd_renewsItBeforeAirbyteRefusesIt() {
        tokenAnswers();
        stub.server.stubFor(get(JOB).willReturn(okJson(body("job-running.json"))));
        AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-12-06T03:00:00Z"));
        Clock clock = new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now.get();
            }
        };
        AirbyteClient client = stub.client(APPLICATION, telemetry, clock);

        client.job(4711);
        now.set(now.get().plusSeconds(130)); // a 180 s token is kept for 135 s
        client.job(4711);
        stub.server.verify(1, postRequestedFor(urlPathEqualTo("/v1/applications/token")));
        now.set(now.get().plusSeconds(10));
        client.job(4711);

        stub.server.verify(2, postRequestedFor(urlPathEqualTo("/v1/applications/token")));
        stub.server.verify(getRequestedFor(urlPathEqualTo(JOB)).withHeader("Authorization", equalTo("Bearer fake-access-token-second")));
    }

    @Test
    void call_givenA401_renewsTheTokenOnceAndSucceeds() {
        tokenAnswers();
        stub.server.stubFor(get(JOB).withHeader("Authorization", equalTo("Bearer fake-access-token-first"))
                .willReturn(aResponse().withStatus(401)));
        stub.server.stubFor(get(JOB).withHeader("Authorization", equalTo("Bearer fake-access-token-second"))
                .willReturn(okJson(body("job-running.json"))));

        assertThat(stub.client(APPLICATION, telemetry, Clock.systemUTC()).job(4711)).isPresent();

        stub.server.verify(2, postRequestedFor(urlPathEqualTo("/v1/applications/token")));
        stub.server.verify(2, getRequestedFor(urlPathEqualTo(JOB)));
        assertThat(telemetry.retries).isZero();
    }

    @Test
    void call_givenA401AfterRenewal_isRejectedNotRetried() {
        tokenAnswers();
        stub.server.stubFor(get(JOB).willReturn(aResponse().withStatus(401)));
        AirbyteClient client = stub.client(APPLICATION, telemetry, Clock.systemUTC());

        assertThatThrownBy(() -> client.job(4711)).isInstanceOf(AirbyteRejectedException.class).hasMessageContaining("401");
        stub.server.verify(2, getRequestedFor(urlPathEqualTo(JOB)));
    }

    @Test
    void call_given429WithRetryAfter_waitsAtLeastThatLongAndSucceeds() {
        jobAnswers(aResponse().withStatus(429).withHeader("Retry-After", "1"), okJson(body("job-running.json")));
        long start = System.nanoTime();

        assertThat(stub.client(telemetry).job(4711)).isPresent();

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
        stub.server.verify(2, getRequestedFor(urlPathEqualTo(JOB)));
        assertThat(telemetry.retries).isEqualTo(1);
    }

    @Test
    void call_given429AskingForTooLongAWait_failsAtOnce() {
        jobAnswers(aResponse().withStatus(429).withHeader("Retry-After", "3600"));
        AirbyteClient client = stub.client(telemetry);

        assertThatThrownBy(() -> client.job(4711)).isInstanceOf(AirbyteUnavailableException.class)
                .hasMessageContaining("asked to wait 3600 s");
        stub.server.verify(1, getRequestedFor(urlPathEqualTo(JOB)));
    }

    @Test
    void call_givenTwo500sThenAnAnswer_retriesAndSucceeds() {
        jobAnswers(aResponse().withStatus(500), aResponse().withStatus(502), okJson(body("job-running.json")));

        assertThat(stub.client(telemetry).job(4711)).isPresent();

        stub.server.verify(3, getRequestedFor(urlPathEqualTo(JOB)));
        assertThat(telemetry.retries).isEqualTo(2);
        assertThat(telemetry.calls).containsExactly("airbyte/get job/ok");
    }

    @Test
    void startSync_givenA500_isNotSentAgainBecauseAirbyteMayHaveStartedIt() {
        stub.server.stubFor(post("/v1/jobs").willReturn(aResponse().withStatus(500)));
        AirbyteClient client = stub.client(telemetry);

        assertThatThrownBy(() -> client.startSync(CONNECTION)).isInstanceOf(AirbyteUnavailableException.class)
                .hasMessageContaining("500");
        stub.server.verify(1, postRequestedFor(urlPathEqualTo("/v1/jobs")));
    }

    @Test
    void startSync_givenA503_isSentAgainAndSucceeds() {
        stub.server.stubFor(post("/v1/jobs").inScenario("sync").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(503)).willSetStateTo("up"));
        stub.server.stubFor(post("/v1/jobs").inScenario("sync").whenScenarioStateIs("up")
                .willReturn(okJson(body("job-running.json"))));

        assertThat(stub.client(telemetry).startSync(CONNECTION).jobId()).isEqualTo(4711);
        stub.server.verify(2, postRequestedFor(urlPathEqualTo("/v1/jobs")));
    }

    @Test
    void call_givenAirbyteKeepsFailing_opensTheBreakerAndLaterCallsFailFastWithoutAsking() {
        stub.server.stubFor(get(JOB).willReturn(aResponse().withStatus(503)));
        AirbyteClient client = stub.client(telemetry);

        assertThatThrownBy(() -> client.job(4711)).isInstanceOf(AirbyteUnavailableException.class).hasMessageContaining("503");
        stub.server.verify(4, getRequestedFor(urlPathEqualTo(JOB)));
        long start = System.nanoTime();

        assertThatThrownBy(() -> client.job(4711)).isInstanceOf(AirbyteUnavailableException.class)
                .hasMessageContaining("circuit open");

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(200));
        stub.server.verify(4, getRequestedFor(urlPathEqualTo(JOB)));
        assertThat(telemetry.states).containsExactly("closed", "open");
        assertThat(client.healthProbe().probe().up()).isFalse();
    }

    @Test
    void call_givenSlowAnswers_givesUpAfterTheTimeoutOfEachAttempt() {
        stub.server.stubFor(get(JOB).willReturn(okJson(body("job-running.json")).withFixedDelay(5_000)));
        ResiliencePolicy impatient = new ResiliencePolicy(Duration.ofSeconds(2), Duration.ofMillis(500), 2,
                Duration.ofMillis(10), Duration.ofMillis(40), Duration.ofSeconds(5), 4, 4, Duration.ofMinutes(1));
        AirbyteClient client = stub.client(impatient, new AirbyteCredentials.StaticToken("fake-static-token"), telemetry,
                Clock.systemUTC());
        long start = System.nanoTime();

        assertThatThrownBy(() -> client.job(4711)).isInstanceOf(AirbyteUnavailableException.class)
                .hasMessageContaining("did not answer get job within 500 ms");

        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertThat(took).isGreaterThanOrEqualTo(Duration.ofMillis(2 * 500)).isLessThan(Duration.ofMillis(2 * 5_000));
        stub.server.verify(2, getRequestedFor(urlPathEqualTo(JOB)));
        assertThat(telemetry.calls).containsExactly("airbyte/get job/unavailable");
    }

    private void tokenAnswers() {
        stub.server.stubFor(post("/v1/applications/token").inScenario("token").whenScenarioStateIs(STARTED)
                .willReturn(okJson(body("token.json"))).willSetStateTo("renewed"));
        stub.server.stubFor(post("/v1/applications/token").inScenario("token").whenScenarioStateIs("renewed")
                .willReturn(okJson(body("token-renewed.json"))));
    }
}
