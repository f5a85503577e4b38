package net.adtelligent.adapters.http.syncs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.vavr.control.Option;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import net.adtelligent.adapters.http.TestApi;
import net.adtelligent.domain.connection.Connection;
import net.adtelligent.domain.connection.ConnectionId;
import net.adtelligent.domain.identity.Role;
import net.adtelligent.domain.tenant.TenantId;
import net.adtelligent.ports.out.AirbyteOrchestration.JobStatus;
import net.adtelligent.testing.FakeAirbyte;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Starting syncs and reading their telemetry over HTTP, on a core with a fake Airbyte. */
class SyncRoutesTest {

    private static final String META = """
            {"platform": "META_ADS", "external_account_id": "1234", "credentials": {"access_token": "EAAsyncroutessyncroutes"}}""";

    /** Airbyte's time: shortly before the server's (TestApi.NOW). */
    private static final Instant AIRBYTE_NOW = Instant.parse("2026-11-26T10:00:00Z");

    private final FakeAirbyte airbyte = new FakeAirbyte(Clock.fixed(AIRBYTE_NOW, ZoneOffset.UTC));
    private final TestApi api = TestApi.withCore(core -> core.airbyte(airbyte));
    private final String tenant;

    SyncRoutesTest() {
        tenant = TestApi.json(api.register("acme")).path("id").asText();
    }

    @AfterEach
    void stop() {
        api.close();
    }

    private String connection(boolean provisioned) {
        String id = TestApi.json(api.post("/api/tenants/acme/connections/", META)).path("id").asText();
        if (provisioned) {
            Connection c = api.stores.connections().byId(new TenantId(UUID.fromString(tenant)),
                    new ConnectionId(UUID.fromString(id))).get();
            api.stores.connections().replace(new Connection(c.id(), c.tenant(), c.platform(), c.externalAccountId(),
                    c.name(), c.schedule(), c.status(), c.credentials(), c.fingerprints(), c.tokenExpiresAt(),
                    Option.of("src-" + id), Option.of("ab-" + id), c.createdAt(), c.updatedAt()));
        }
        return id;
    }

    @Test
    void start_givenAProvisionedConnection_answers202WithTheRunningRun_andTelemetryFollowsItToTheEnd() {
        String id = connection(true);

        HttpResponse<String> started = api.post("/api/tenants/acme/connections/" + id + "/sync/", "");

        assertThat(started.statusCode()).isEqualTo(202);
        JsonNode run = TestApi.json(started);
        assertThat(run.path("status").asText()).isEqualTo("running");
        assertThat(run.path("trigger").asText()).isEqualTo("manual");
        assertThat(run.path("connection_id").asText()).isEqualTo(id);
        long job = run.path("airbyte_job_id").asLong();
        assertThat(airbyte.job(job)).isPresent();

        airbyte.finish(job, JobStatus.SUCCEEDED, Duration.ofMinutes(4), 1_200);
        api.core.syncPolling().poll(new TenantId(UUID.fromString(tenant)));

        JsonNode telemetry = TestApi.json(api.get("/api/tenants/acme/airbyte/telemetry/"));
        assertThat(telemetry.path("items").get(0).path("status").asText()).isEqualTo("succeeded");
        assertThat(telemetry.path("items").get(0).path("records_synced").asLong()).isEqualTo(1_200);
        assertThat(telemetry.path("items").get(0).path("duration_seconds").asLong()).isEqualTo(240);
        JsonNode stats = telemetry.path("connections").get(0);
        assertThat(stats.path("connection_id").asText()).isEqualTo(id);
        assertThat(stats.path("success_rate_week").asDouble()).isEqualTo(1.0);
        assertThat(stats.path("median_records_per_sync").asLong()).isEqualTo(1_200);
        assertThat(stats.path("last_success").isNull()).isFalse();
    }

    @Test
    void start_givenWhatCannotSync_answers409NamingWhy() {
        String plain = connection(false);
        String paused = connection(true);
        api.post("/api/tenants/acme/connections/" + paused + "/pause/", "");
        String running = connection(true);
        api.post("/api/tenants/acme/connections/" + running + "/sync/", "");

        assertThat(problem(api.post("/api/tenants/acme/connections/" + plain + "/sync/", ""), 409))
                .isEqualTo("connection-not-provisioned");
        assertThat(problem(api.post("/api/tenants/acme/connections/" + paused + "/sync/", ""), 409))
                .isEqualTo("connection-not-syncable");
        assertThat(problem(api.post("/api/tenants/acme/connections/" + running + "/sync/", ""), 409))
                .isEqualTo("sync-running");
    }

    @Test
    void start_givenAirbyteDown_answers503WithRetryAfterAndRecordsNothing() {
        String id = connection(true);
        airbyte.down = true;

        HttpResponse<String> answer = api.post("/api/tenants/acme/connections/" + id + "/sync/", "");

        assertThat(answer.statusCode()).isEqualTo(503);
        assertThat(answer.headers().firstValue("Retry-After")).isPresent();
        airbyte.down = false;
        assertThat(TestApi.json(api.get("/api/tenants/acme/airbyte/telemetry/")).path("items")).isEmpty();
    }

    @Test
    void start_givenNoAirbyte_answers409AirbyteNotConfigured() {
        try (TestApi off = TestApi.start()) {
            off.register("solo");
            String id = TestApi.json(off.post("/api/tenants/solo/connections/", META)).path("id").asText();

            HttpResponse<String> answer = off.post("/api/tenants/solo/connections/" + id + "/sync/", "");

            assertThat(problem(answer, 409)).isEqualTo("airbyte-not-configured");
            assertThat(TestApi.json(answer).path("detail").asText()).contains("Airbyte not configured");
        }
    }

    @Test
    void syncRoutes_givenAnAdminOfAnotherTenant_answer404AndStartNothing() {
        String id = connection(true);
        TestApi adminOfB = api.as(api.signUp("admin.b@example.com"));
        adminOfB.register("bravo");

        assertThat(adminOfB.post("/api/tenants/acme/connections/" + id + "/sync/", "").statusCode()).isEqualTo(404);
        assertThat(adminOfB.post("/api/tenants/bravo/connections/" + id + "/sync/", "").statusCode()).isEqualTo(404);
        assertThat(adminOfB.get("/api/tenants/acme/airbyte/telemetry/").statusCode()).isEqualTo(404);
        assertThat(airbyte.jobs(net.adtelligent.ports.out.AirbyteOrchestration.JobQuery.ALL)).isEmpty();
    }

    @Test
    void roles_givenViewer_mayReadTelemetryButNotStart_givenAdmin_mayStart() {
        String id = connection(true);
        TestApi viewer = api.as(api.signUp("viewer@example.com"));
        api.addMember("acme", viewer.me, Role.VIEWER);
        TestApi admin = api.as(api.signUp("admin@example.com"));
        api.addMember("acme", admin.me, Role.ADMIN);

        assertThat(viewer.post("/api/tenants/acme/connections/" + id + "/sync/", "").statusCode()).isEqualTo(403);
        assertThat(admin.post("/api/tenants/acme/connections/" + id + "/sync/", "").statusCode()).isEqualTo(202);
        assertThat(viewer.get("/api/tenants/acme/airbyte/telemetry/").statusCode()).isEqualTo(200);
    }

    @Test
    void telemetry_givenManyRunsAndFilters_pagesNewestFirstAndRefusesBadFilters() {
        String id = connection(true);
        TenantId acme = new TenantId(UUID.fromString(tenant));
        for (int i = 0; i < 3; i++) {
            airbyte.startedByAirbyte("ab-" + id, AIRBYTE_NOW.minus(Duration.ofHours(3 - i)));
        }
        api.core.syncPolling().poll(acme);

        JsonNode first = TestApi.json(api.get("/api/tenants/acme/airbyte/telemetry/?limit=2&connection=" + id));
        JsonNode second = TestApi.json(api.get("/api/tenants/acme/airbyte/telemetry/?limit=2&cursor="
                + first.path("next_cursor").asText()));

        assertThat(first.path("items")).hasSize(2);
        assertThat(first.path("items").get(0).path("trigger").asText()).isEqualTo("airbyte");
        assertThat(first.path("items").get(0).path("started_at").asText())
                .isGreaterThan(first.path("items").get(1).path("started_at").asText());
        assertThat(second.path("items")).hasSize(1);
        assertThat(second.path("next_cursor").isNull()).isTrue();
        HttpResponse<String> bad = api.get("/api/tenants/acme/airbyte/telemetry/?status=done&from=yesterday&connection=x");
        assertThat(problem(bad, 400)).isEqualTo("validation");
        assertThat(TestApi.json(bad).path("errors").findValuesAsText("field")).contains("status", "from", "connection");
    }

    private static String problem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        String type = TestApi.json(response).path("type").asText();
        return type.substring(type.lastIndexOf('/') + 1);
    }
}
