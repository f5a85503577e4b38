package net.adtelligent.bootstrap;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.vavr.control.Option;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import net.adtelligent.adapters.postgres.PostgresDatabase;
import net.adtelligent.application.Adtelligent;
import net.adtelligent.domain.audit.ClientInfo;
import net.adtelligent.domain.connection.Connection;
import net.adtelligent.domain.connection.ConnectionId;
import net.adtelligent.domain.identity.User;
import net.adtelligent.domain.tenant.Tenant;
import net.adtelligent.ports.in.Actor;
import net.adtelligent.ports.in.system.SyncSignals;
import net.adtelligent.ports.out.TenantFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sync routes end to end: the standalone service (embedded PostgreSQL, real HTTP, the sync
 * poll on db-scheduler) with its real Airbyte client against a WireMock Airbyte answering the stub
 * bodies CI checks against Airbyte's published models (adapters/airbyte/src/test/resources/airbyte-stubs).
 */
class SyncOverHttpTest {

    private static final Path STUBS = Path.of("..", "adapters", "airbyte", "src", "test", "resources", "airbyte-stubs");
    /** The Airbyte connection of the stub jobs. */
    private static final String AIRBYTE_CONNECTION = "3f1d2c4b-5a6e-4f70-8b9c-0d1e2f3a4b5c";
    private static final String FAILING_CONNECTION = "7a6b5c4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d";
    private static final Actor OPERATOR = Actor.system("test");
    private static final String META = """
            {"platform": "META_ADS", "external_account_id": "1234", "credentials": {"access_token": "EAAsyncoverhttpsyncoverhttp"}}""";

    @TempDir
    Path dataDir;

    private final WireMockServer airbyte = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
    private final HttpClient client = HttpClient.newHttpClient();

    @BeforeEach
    void startAirbyte() throws IOException {
        airbyte.start();
        airbyte.stubFor(post("/v1/jobs").withRequestBody(matchingJsonPath("$.connectionId", equalTo(AIRBYTE_CONNECTION)))
                .willReturn(okJson(stub("job-sync-started.json"))));
        airbyte.stubFor(post("/v1/jobs").withRequestBody(matchingJsonPath("$.connectionId", equalTo(FAILING_CONNECTION)))
                .willReturn(aResponse().withStatus(503)));
        airbyte.stubFor(get("/v1/jobs/5100").willReturn(okJson(stub("job-sync-succeeded.json"))));
        airbyte.stubFor(get(urlPathEqualTo("/v1/jobs")).willReturn(okJson(stub("jobs-page-empty.json"))));
        airbyte.stubFor(get(urlPathEqualTo("/v1/workspaces/744cc0ed-7f05-4949-9e60-2a814f90c035"))
                .willReturn(okJson(stub("workspace.json"))));
    }

    @AfterEach
    void stopAirbyte() {
        airbyte.stop();
    }

    private static String stub(String name) throws IOException {
        return Files.readString(STUBS.resolve(name));
    }

    private Settings settings() {
        return Settings.from(Map.of("ADT_DATA_DIR", dataDir.toString(), "ADT_HTTP_PORT", "0",
                "ADT_AIRBYTE_URL", "http://127.0.0.1:" + airbyte.port() + "/v1",
                "ADT_AIRBYTE_TOKEN", "fake-airbyte-token",
                "ADT_AIRBYTE_WORKSPACE_ID", "744cc0ed-7f05-4949-9e60-2a814f90c035",
                "ADT_AIRBYTE_DESTINATION_ID", "e478de0d-a3a0-475c-b019-25f7dd29e281"));
    }

    @Test
    void sync_givenAProvisionedConnection_startsTheAirbyteJob_andTheSignalledPollFinishesTheRun() throws Exception {
        try (StandaloneService service = StandaloneService.start(settings())) {
            Adtelligent core = service.core();
            int port = service.httpPort();
            String owner = owner(core, port, "owner@example.com", "acme");
            String connection = connection(service, port, owner, "acme", AIRBYTE_CONNECTION);

            HttpResponse<String> started = send(port, "POST", "/api/tenants/acme/connections/" + connection + "/sync/", owner);

            assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
            assertThat(started.body()).contains("\"status\":\"running\"", "\"airbyte_job_id\":5100", "\"trigger\":\"manual\"");
            airbyte.verify(postRequestedFor(urlPathEqualTo("/v1/jobs")).withRequestBody(equalToJson(
                    "{\"connectionId\": \"" + AIRBYTE_CONNECTION + "\", \"jobType\": \"sync\"}")));

            assertThat(core.syncSignals().jobReported(AIRBYTE_CONNECTION, 5100)).isEqualTo(SyncSignals.Outcome.ACCEPTED);
            String telemetry = eventually(() -> send(port, "GET", "/api/tenants/acme/airbyte/telemetry/", owner).body(),
                    body -> body.contains("\"status\":\"succeeded\""));
            assertThat(telemetry).contains("\"records_synced\":2400", "\"duration_seconds\":180",
                    "\"connection_id\":\"" + connection + "\"", "\"success_rate_week\":1.0");
        }
    }

    @Test
    void sync_givenAirbyteFailing_answers503WithRetryAfter_andAnotherTenantsAdminGets404() throws Exception {
        try (StandaloneService service = StandaloneService.start(settings())) {
            Adtelligent core = service.core();
            int port = service.httpPort();
            String owner = owner(core, port, "owner@example.com", "acme");
            String failing = connection(service, port, owner, "acme", FAILING_CONNECTION);
            String adminOfB = owner(core, port, "owner.b@example.com", "bravo");

            HttpResponse<String> down = send(port, "POST", "/api/tenants/acme/connections/" + failing + "/sync/", owner);
            HttpResponse<String> foreign = send(port, "POST", "/api/tenants/acme/connections/" + failing + "/sync/", adminOfB);
            HttpResponse<String> foreignTelemetry = send(port, "GET", "/api/tenants/acme/airbyte/telemetry/", adminOfB);

            assertThat(down.statusCode()).as(down.body()).isEqualTo(503);
            assertThat(down.headers().firstValue("Retry-After")).isPresent();
            assertThat(down.body()).contains("airbyte").doesNotContain("fake-airbyte-token");
            assertThat(foreign.statusCode()).isEqualTo(404);
            assertThat(foreignTelemetry.statusCode()).isEqualTo(404);
            assertThat(send(port, "GET", "/api/tenants/acme/airbyte/telemetry/", owner).body()).contains("\"items\":[]");
        }
    }

    /** An owner of a new tenant, signed in over HTTP. */
    private String owner(Adtelligent core, int port, String email, String slug) throws Exception {
        User user = core.manageUsers().createUser(OPERATOR, email, StandaloneServiceTest.PASSWORD).get();
        Tenant tenant = core.registerTenant().register(Actor.user(user.id(), ClientInfo.local("test")),
                TenantFixtures.draft(slug)).get();
        assertThat(tenant.slug().value()).isEqualTo(slug);
        return StandaloneServiceTest.logIn(port, email, StandaloneServiceTest.PASSWORD);
    }

    /** A connection created over HTTP, then given its Airbyte ids as provisioning would. */
    private String connection(StandaloneService service, int port, String token, String slug, String airbyteId)
            throws Exception {
        HttpResponse<String> created = send(port, "POST", "/api/tenants/" + slug + "/connections/", token, META);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = created.body().replaceAll(".*\"id\":\"([0-9a-f-]{36})\".*", "$1");
        PostgresDatabase database = service.postgres();
        Tenant tenant = service.core().tenantDirectory().bySlug(slug).get();
        Connection c = database.connectionStore().byId(tenant.id(), new ConnectionId(UUID.fromString(id))).get();
        database.connectionStore().replace(new Connection(c.id(), c.tenant(), c.platform(), c.externalAccountId(),
                c.name(), c.schedule(), c.status(), c.credentials(), c.fingerprints(), c.tokenExpiresAt(),
                Option.of(UUID.randomUUID().toString()), Option.of(airbyteId), c.createdAt(), c.updatedAt()));
        return id;
    }

    private HttpResponse<String> send(int port, String method, String path, String token) throws Exception {
        return send(port, method, path, token, "");
    }

    private HttpResponse<String> send(int port, String method, String path, String token, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body)).build();
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private interface Read {
        String get() throws Exception;
    }

    private static String eventually(Read read, java.util.function.Predicate<String> done) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        String last = read.get();
        while (!done.test(last) && System.nanoTime() < deadline) {
            Thread.sleep(50);
            last = read.get();
        }
        assertThat(done.test(last)).as(last).isTrue();
        return last;
    }
}
