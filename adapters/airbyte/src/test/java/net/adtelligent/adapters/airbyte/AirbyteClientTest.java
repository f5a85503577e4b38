package net.adtelligent.adapters.airbyte;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static net.adtelligent.adapters.airbyte.AirbyteStub.CONNECTION;
import static net.adtelligent.adapters.airbyte.AirbyteStub.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.adtelligent.ports.out.AirbyteOrchestration.AirbyteJob;
import net.adtelligent.ports.out.AirbyteOrchestration.JobQuery;
import net.adtelligent.ports.out.AirbyteOrchestration.JobStatus;
import net.adtelligent.ports.out.AirbyteProvisioning.ConnectionDraft;
import net.adtelligent.ports.out.AirbyteProvisioning.SourceDraft;
import net.adtelligent.ports.out.AirbyteProvisioning.StreamChoice;
import net.adtelligent.ports.out.AirbyteProvisioning.SyncMode;
import net.adtelligent.ports.out.AirbyteRejectedException;
import net.adtelligent.ports.out.OutsidePartUnavailableException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The API calls and answers against a stub Airbyte on loopback; retries and failures in {@link AirbyteResilienceTest}. */
class AirbyteClientTest {

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

    @Test
    void jobs_givenTwoPages_followsNextToTheEndOnTheConfiguredHost() {
        stub.server.stubFor(get(urlPathEqualTo("/v1/jobs")).withQueryParam("offset", equalTo("0"))
                .willReturn(okJson(body("jobs-page-1.json"))));
        stub.server.stubFor(get(urlPathEqualTo("/v1/jobs")).withQueryParam("offset", equalTo("2"))
                .willReturn(okJson(body("jobs-page-2.json"))));

        List<AirbyteJob> jobs = stub.client(telemetry).jobs(JobQuery.ofConnection(CONNECTION)
                .withStatus(JobStatus.SUCCEEDED)
                .createdBetween(Instant.parse("2026-12-01T00:00:00Z"), Instant.parse("2026-12-06T00:00:00Z")));

        assertThat(jobs).extracting(AirbyteJob::jobId).containsExactly(4712L, 4700L, 4650L);
        assertThat(jobs.get(0).rowsSynced()).isEqualTo(120_000);
        assertThat(jobs.get(0).bytesSynced()).isEqualTo(52_428_800);
        assertThat(jobs.get(0).duration()).contains(Duration.ofMinutes(4));
        assertThat(jobs.get(1).status()).isEqualTo(JobStatus.FAILED);
        stub.server.verify(getRequestedFor(urlPathEqualTo("/v1/jobs"))
                .withQueryParam("connectionId", equalTo(CONNECTION))
                .withQueryParam("status", equalTo("succeeded"))
                .withQueryParam("createdAtStart", equalTo("2026-12-01T00:00:00Z"))
                .withQueryParam("createdAtEnd", equalTo("2026-12-06T00:00:00Z"))
                .withQueryParam("orderBy", equalTo("updatedAt|DESC"))
                .withHeader("Authorization", equalTo("Bearer fake-static-token")));
        stub.server.verify(2, getRequestedFor(urlPathEqualTo("/v1/jobs")));
        assertThat(telemetry.calls).containsExactly("airbyte/list jobs/ok", "airbyte/list jobs/ok");
    }

    @Test
    void startSync_postsASyncJobForTheConnection_answersTheRunningJob() {
        stub.server.stubFor(post("/v1/jobs").willReturn(okJson(body("job-running.json"))));

        AirbyteJob job = stub.client(telemetry).startSync(CONNECTION);

        assertThat(job.jobId()).isEqualTo(4711);
        assertThat(job.status()).isEqualTo(JobStatus.RUNNING);
        assertThat(job.status().finished()).isFalse();
        assertThat(job.rowsSynced()).isZero();
        stub.server.verify(postRequestedFor(urlPathEqualTo("/v1/jobs"))
                .withRequestBody(equalToJson("{\"connectionId\":\"" + CONNECTION + "\",\"jobType\":\"sync\"}")));
    }

    @Test
    void cancelJob_deletesTheJob_answersItCancelledWithItsCounts() {
        stub.server.stubFor(delete("/v1/jobs/4711").willReturn(okJson(body("job-cancelled.json"))));

        AirbyteJob job = stub.client(telemetry).cancelJob(4711);

        assertThat(job.status()).isEqualTo(JobStatus.CANCELLED);
        assertThat(job.rowsSynced()).isEqualTo(12);
        assertThat(job.updatedAt()).contains(Instant.parse("2026-12-06T03:01:10Z"));
    }

    @Test
    void createSource_postsToTheConfiguredWorkspace_answersTheSource() {
        stub.server.stubFor(post("/v1/sources").willReturn(okJson(body("source.json"))));

        var source = stub.client(telemetry).createSource(new SourceDraft("acme / Google Ads",
                "253487c0-2246-43ba-a21f-5116b20a2c50", Map.of("customer_id", "1234567890")));

        assertThat(source.sourceId()).isEqualTo("0c31738c-0b2d-4887-b506-e2cd1c39cc35");
        stub.server.verify(postRequestedFor(urlPathEqualTo("/v1/sources")).withRequestBody(equalToJson(
                "{\"name\":\"acme / Google Ads\",\"workspaceId\":\"" + AirbyteStub.WORKSPACE + "\","
                        + "\"definitionId\":\"253487c0-2246-43ba-a21f-5116b20a2c50\",\"configuration\":{\"customer_id\":\"1234567890\"}}")));
    }

    @Test
    void createConnection_leadsToTheConfiguredDestinationOnACronSchedule() {
        stub.server.stubFor(post("/v1/connections").willReturn(okJson(body("connection.json"))));

        var connection = stub.client(telemetry).createConnection(new ConnectionDraft("acme / Google Ads",
                "0c31738c-0b2d-4887-b506-e2cd1c39cc35", Optional.of("0 0 3 * * ?"), true));

        assertThat(connection.connectionId()).isEqualTo(CONNECTION);
        assertThat(connection.active()).isTrue();
        assertThat(connection.cron()).contains("0 0 3 * * ?");
        stub.server.verify(postRequestedFor(urlPathEqualTo("/v1/connections")).withRequestBody(equalToJson(
                "{\"name\":\"acme / Google Ads\",\"status\":\"active\",\"schedule\":{\"scheduleType\":\"cron\","
                        + "\"cronExpression\":\"0 0 3 * * ?\"},\"sourceId\":\"0c31738c-0b2d-4887-b506-e2cd1c39cc35\","
                        + "\"destinationId\":\"" + AirbyteStub.DESTINATION + "\"}")));
    }

    @Test
    void createSource_givenAConnectorConfiguration_sendsItAsAirbytesModelsHaveIt() {
        stub.server.stubFor(post("/v1/sources").willReturn(okJson(body("source.json"))));

        stub.client(telemetry).createSource(new SourceDraft("adtelligent:6f1c2a9e-3b4d-4e5f-8a7b-9c0d1e2f3a4b",
                "253487c0-2246-43ba-a21f-5116b20a2c50", Map.of("sourceType", "google-ads", "customer_id", "1234567890",
                "credentials", Map.of("developer_token", "<developer-token>",
                        "client_id", "123-fake.apps.googleusercontent.com", "client_secret", "<client-secret>",
                        "refresh_token", "<refresh-token>"))));

        stub.server.verify(postRequestedFor(urlPathEqualTo("/v1/sources"))
                .withRequestBody(equalToJson(body("request-source-create.json"))));
    }

    @Test
    void createConnection_givenNamespacePrefixAndStreams_sendsThemAsAirbytesModelsHaveThem() {
        stub.server.stubFor(post("/v1/connections").willReturn(okJson(body("connection.json"))));

        stub.client(telemetry).createConnection(new ConnectionDraft("adtelligent:6f1c2a9e-3b4d-4e5f-8a7b-9c0d1e2f3a4b",
                "0c31738c-0b2d-4887-b506-e2cd1c39cc35", Optional.of("0 0 0/6 * * ?"), true,
                Optional.of("adt_0b7f6f3e2d1c4b5a9e8d7c6b5a4f3e2d"), Optional.of("c6f1c2a9e_"),
                List.of(new StreamChoice("ad_group_ad", SyncMode.INCREMENTAL_APPEND),
                        new StreamChoice("campaign", SyncMode.INCREMENTAL_APPEND))));

        stub.server.verify(postRequestedFor(urlPathEqualTo("/v1/connections"))
                .withRequestBody(equalToJson(body("request-connection-create.json"))));
    }

    @Test
    void updateConnection_givenManualAndPaused_patchesEveryFieldItManages() {
        stub.server.stubFor(patch(urlPathEqualTo("/v1/connections/" + CONNECTION)).willReturn(okJson(body("connection.json"))));

        stub.client(telemetry).updateConnection(CONNECTION, new ConnectionDraft(
                "adtelligent:6f1c2a9e-3b4d-4e5f-8a7b-9c0d1e2f3a4b", "0c31738c-0b2d-4887-b506-e2cd1c39cc35",
                Optional.empty(), false, Optional.of("adt_0b7f6f3e2d1c4b5a9e8d7c6b5a4f3e2d"), Optional.of("c6f1c2a9e_"),
                List.of(new StreamChoice("ads_insights", SyncMode.INCREMENTAL_APPEND))));

        stub.server.verify(patchRequestedFor(urlPathEqualTo("/v1/connections/" + CONNECTION))
                .withRequestBody(equalToJson(body("request-connection-patch.json"))));
    }

    @Test
    void connections_readsTheWorkspacesConnectionsWithNamespacePrefixAndStreams() {
        stub.server.stubFor(get(urlPathEqualTo("/v1/connections")).willReturn(okJson(body("connections-page.json"))));

        var found = stub.client(telemetry).connections();

        assertThat(found).hasSize(1);
        assertThat(found.get(0).name()).isEqualTo("adtelligent:6f1c2a9e-3b4d-4e5f-8a7b-9c0d1e2f3a4b");
        assertThat(found.get(0).namespace()).contains("adt_0b7f6f3e2d1c4b5a9e8d7c6b5a4f3e2d");
        assertThat(found.get(0).prefix()).contains("c6f1c2a9e_");
        assertThat(found.get(0).streams()).containsExactly(new StreamChoice("ad_group_ad", SyncMode.INCREMENTAL_APPEND),
                new StreamChoice("campaign", SyncMode.INCREMENTAL_APPEND));
        stub.server.verify(getRequestedFor(urlPathEqualTo("/v1/connections"))
                .withQueryParam("workspaceIds", equalTo(AirbyteStub.WORKSPACE)));
    }

    @Test
    void destinationExists_givenTheDestination_isTrue_andFalseWhenAirbyteDoesNotKnowIt() {
        AirbyteClient client = stub.client(telemetry);
        stub.server.stubFor(get(urlPathEqualTo("/v1/destinations/" + AirbyteStub.DESTINATION))
                .willReturn(okJson(body("destination.json"))));
        assertThat(client.destinationExists()).isTrue();

        stub.server.stubFor(get(urlPathEqualTo("/v1/destinations/" + AirbyteStub.DESTINATION))
                .willReturn(aResponse().withStatus(404)));
        assertThat(client.destinationExists()).isFalse();
    }

    @Test
    void sourceAndJob_givenUnknownIds_answerEmptyWithoutRetrying() {
        stub.server.stubFor(get(urlPathEqualTo("/v1/sources/gone")).willReturn(aResponse().withStatus(404)));
        stub.server.stubFor(get(urlPathEqualTo("/v1/jobs/1")).willReturn(aResponse().withStatus(404)));
        AirbyteClient client = stub.client(telemetry);

        assertThat(client.source("gone")).isEmpty();
        assertThat(client.job(1)).isEmpty();
        stub.server.verify(1, getRequestedFor(urlPathEqualTo("/v1/sources/gone")));
    }

    @Test
    void deleteSource_givenAlreadyGone_succeeds() {
        stub.server.stubFor(delete("/v1/sources/gone").willReturn(aResponse().withStatus(404)));

        stub.client(telemetry).deleteSource("gone");

        stub.server.verify(1, deleteRequestedFor(urlPathEqualTo("/v1/sources/gone")));
    }

    @ParameterizedTest
    @ValueSource(ints = {400, 404, 422})
    void call_givenARefusal_throwsRejectedWithAirbytesMessageAndDoesNotRetry(int status) {
        stub.server.stubFor(post("/v1/sources").willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/problem+json").withBody(body("problem-422.json"))));
        AirbyteClient client = stub.client(telemetry);
        SourceDraft draft = new SourceDraft("acme", "253487c0-2246-43ba-a21f-5116b20a2c50", Map.of());

        assertThatThrownBy(() -> client.createSource(draft))
                .isInstanceOf(AirbyteRejectedException.class)
                .hasMessageContaining(String.valueOf(status))
                .hasMessageContaining("customer_id is required")
                .satisfies(e -> assertThat(((AirbyteRejectedException) e).status()).isEqualTo(status));
        stub.server.verify(1, postRequestedFor(urlPathEqualTo("/v1/sources")));
        assertThat(telemetry.calls).containsExactly("airbyte/create source/rejected");
        assertThat(telemetry.retries).isZero();
    }

    @Test
    void call_givenMalformedJson_failsClearlyWithoutRetrying() {
        stub.server.stubFor(get("/v1/jobs/4711").willReturn(okJson(body("malformed.json"))));
        AirbyteClient client = stub.client(telemetry);

        assertThatThrownBy(() -> client.job(4711))
                .isInstanceOf(AirbyteUnavailableException.class)
                .hasMessageContaining("not JSON")
                .satisfies(e -> assertThat(((OutsidePartUnavailableException) e).component()).isEqualTo("airbyte"));
        stub.server.verify(1, getRequestedFor(urlPathEqualTo("/v1/jobs/4711")));
    }

    @Test
    void call_givenAnAnswerLackingARequiredField_namesTheField() {
        stub.server.stubFor(get("/v1/jobs/4711").willReturn(okJson("{\"jobId\":4711,\"status\":\"running\",\"jobType\":\"sync\"}")));
        AirbyteClient client = stub.client(telemetry);

        assertThatThrownBy(() -> client.job(4711))
                .isInstanceOf(AirbyteUnavailableException.class)
                .hasMessageContaining("connectionId is missing");
    }

    @Test
    void healthProbe_givenTheWorkspaceAnswers_isUp_andDownWhenAirbyteFails() {
        stub.server.stubFor(get("/v1/workspaces/" + AirbyteStub.WORKSPACE).willReturn(okJson(body("workspace.json"))));
        AirbyteClient client = stub.client(telemetry);

        assertThat(client.healthProbe().probe().up()).isTrue();
        assertThat(client.healthProbe().component()).isEqualTo("airbyte");

        stub.server.stubFor(get("/v1/workspaces/" + AirbyteStub.WORKSPACE).willReturn(aResponse().withStatus(500)));
        assertThat(client.healthProbe().probe().up()).isFalse();
        stub.server.verify(2, getRequestedFor(urlPathEqualTo("/v1/workspaces/" + AirbyteStub.WORKSPACE)));
    }
}
