package net.adtelligent.bootstrap;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.vavr.control.Option;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.adtelligent.adapters.airbyte.AirbyteClient;
import net.adtelligent.adapters.airbyte.AirbyteConfig;
import net.adtelligent.adapters.airbyte.AirbyteCredentials;
import net.adtelligent.adapters.airbyte.ResiliencePolicy;
import net.adtelligent.application.Adtelligent;
import net.adtelligent.contracts.Contracts;
import net.adtelligent.domain.connection.Connection;
import net.adtelligent.domain.connection.ConnectionDraft;
import net.adtelligent.domain.connection.ConnectionId;
import net.adtelligent.domain.connection.ConnectionStatus;
import net.adtelligent.domain.identity.User;
import net.adtelligent.domain.tenant.Slug;
import net.adtelligent.domain.tenant.TenantId;
import net.adtelligent.ports.in.Actor;
import net.adtelligent.domain.audit.ClientInfo;
import net.adtelligent.ports.in.Connections;
import net.adtelligent.ports.in.system.ReconcileAirbyte.Outcome;
import net.adtelligent.ports.in.system.ReconcileAirbyte.Row;
import net.adtelligent.ports.out.FactStores;
import net.adtelligent.ports.out.Security;
import net.adtelligent.ports.out.Stores;
import net.adtelligent.ports.out.ProvisioningLocks;
import net.adtelligent.ports.out.Telemetry;
import net.adtelligent.ports.out.UnitOfWork;
import net.adtelligent.ports.out.Ingestion;
import net.adtelligent.testing.FastPasswordHasher;
import net.adtelligent.ports.out.IdentityFixtures;
import net.adtelligent.testing.ListPasswordScreen;
import net.adtelligent.testing.MapAccessTokens;
import net.adtelligent.testing.NoCsvFiles;
import net.adtelligent.ports.out.TenantFixtures;
import net.adtelligent.memory.InMemorySecretVault;
import net.adtelligent.memory.InMemoryUploadStorage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Connections set up in Airbyte over the real client against Airbyte's API played by WireMock on
 * loopback: the bodies sent, each change followed, failures part way kept and repaired by reconcile.
 * Over 300 lines because every round trip shares one stubbed Airbyte and one tenant, run by both the
 * in-memory and the PostgreSQL stores; splitting it would repeat that set-up per file.
 */
abstract class AirbyteProvisioningContract {

    static final String WORKSPACE = "744cc0ed-7f05-4949-9e60-2a814f90c035";
    static final String DESTINATION = "e478de0d-a3a0-475c-b019-25f7dd29e281";
    static final String SOURCE = "0c31738c-0b2d-4887-b506-e2cd1c39cc35";
    static final String CONNECTION = "9924bcd0-99be-453d-ba47-c2c9766f7da5";
    /** Obviously fake, so a search for it finds only a leak. */
    static final String TOKEN = "EA" + "FakeProvisioningToken".repeat(2);
    static final String TIKTOK_TOKEN = "FakeTikTokProvisioningToken".repeat(2);
    static final ResiliencePolicy QUICK = new ResiliencePolicy(Duration.ofSeconds(2), Duration.ofSeconds(5), 2,
            Duration.ofMillis(10), Duration.ofMillis(40), Duration.ofSeconds(5), 50, 50, Duration.ofSeconds(1));

    final WireMockServer airbyte = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
    Adtelligent core;
    FactStores factStores;
    Stores stores;
    Actor owner;
    Slug slug;
    TenantId tenant;

    protected abstract Stores stores();

    protected abstract FactStores facts();

    protected abstract UnitOfWork unitOfWork();

    /** The locks that keep one connection's provisioning to one at a time; none: the builder's own. */
    protected Option<ProvisioningLocks> locks() {
        return Option.none();
    }

    @BeforeEach
    void start() {
        airbyte.start();
        AirbyteClient client = AirbyteClient.create(new AirbyteConfig(URI.create("http://127.0.0.1:" + airbyte.port() + "/v1"),
                new AirbyteCredentials.StaticToken("fake-static-token"), WORKSPACE, DESTINATION, QUICK), Telemetry.NONE);
        stores = stores();
        Adtelligent.Builder builder = Adtelligent.builder()
                .stores(stores)
                .facts(factStores = facts())
                .unitOfWork(unitOfWork())
                .ingestion(new Ingestion(new NoCsvFiles(), List::of, new InMemoryUploadStorage(),
                        Ingestion.DEFAULT_MAX_UPLOAD_BYTES))
                .security(new Security(new FastPasswordHasher(), new ListPasswordScreen(), new MapAccessTokens()))
                .secretVault(new InMemorySecretVault())
                .airbyte(client, AirbyteStreams.of(Contracts.load()));
        core = locks().map(builder::provisioningLocks).getOrElse(builder).build();
        Actor system = Actor.system("provisioning test");
        User ann = core.manageUsers().createUser(system, IdentityFixtures.uniqueEmail().value(),
                "correct horse battery staple").get();
        owner = Actor.user(ann.id(), ClientInfo.local("provisioning test"));
        slug = core.registerTenant().register(owner, TenantFixtures.draft(IdentityFixtures.unique("t"))).get().slug();
        tenant = core.tenantDirectory().bySlug(slug.value()).get().id();
        airbyte.stubFor(post(urlEqualTo("/v1/sources")).willReturn(okJson(source("adtelligent:x"))));
        airbyte.stubFor(get(urlPathEqualTo("/v1/connections")).willReturn(okJson("{\"data\": []}")));
        airbyte.stubFor(post(urlEqualTo("/v1/connections")).willReturn(okJson(connection("adtelligent:x", "0 0 0/6 * * ?",
                "active"))));
    }

    @AfterEach
    void stop() {
        airbyte.stop();
    }

    @Test
    void create_givenAMetaConnection_createsItsSourceAndConnectionWithTheConnectorsFields() {
        Connections.View view = meta();

        airbyte.verify(postRequestedFor(urlEqualTo("/v1/sources")).withRequestBody(equalToJson("""
                {"name": "adtelligent:%s", "workspaceId": "%s", "definitionId": "e7778cfc-e97c-4458-9ecb-b4f2bba8946c",
                 "configuration": {"sourceType": "facebook-marketing", "account_ids": ["1234567890"],
                                   "credentials": {"auth_type": "Service", "access_token": "%s"}}}
                """.formatted(view.id(), WORKSPACE, TOKEN))));
        airbyte.verify(postRequestedFor(urlEqualTo("/v1/connections")).withRequestBody(equalToJson("""
                {"name": "adtelligent:%s", "sourceId": "%s", "destinationId": "%s", "status": "active",
                 "schedule": {"scheduleType": "cron", "cronExpression": "0 0 0/6 * * ?"},
                 "namespaceDefinition": "custom_format", "namespaceFormat": "%s", "prefix": "%s",
                 "configurations": {"streams": [{"name": "ads_insights", "syncMode": "incremental_append"}]}}
                """.formatted(view.id(), SOURCE, DESTINATION, namespace(), prefix(view.id())))));
        assertThat(view.airbyteSourceId()).contains(SOURCE);
        assertThat(view.airbyteConnectionId()).contains(CONNECTION);
        assertThat(view.provisioningError()).isEmpty();
        assertThat(stored(view.id()).airbyteConnectionId()).contains(CONNECTION);
    }

    @Test
    void create_givenATikTokConnectionWithTheAppsIdAndSecret_createsItsSourceWithTheConnectorsOAuthFields() {
        String appKey = String.join("-", "tiktok", "fake", "app", "key", "for", "tests");
        Connections.View view = core.connections().create(owner, slug, new ConnectionDraft("TIKTOK_ADS", "7100000000000000001",
                Option.none(), Option.none(), Map.of("app_id", "7000000000000000001", "secret", appKey,
                "access_token", TIKTOK_TOKEN), Option.none())).get();

        airbyte.verify(postRequestedFor(urlEqualTo("/v1/sources")).withRequestBody(equalToJson("""
                {"name": "adtelligent:%s", "workspaceId": "%s", "definitionId": "4bfac00d-ce15-44ff-95b9-9e3c3e8fbd35",
                 "configuration": {"sourceType": "tiktok-marketing", "start_date": "%s",
                                   "credentials": {"auth_type": "oauth2.0", "app_id": "7000000000000000001",
                                                   "secret": "%s", "access_token": "%s",
                                                   "advertiser_id": "7100000000000000001"}}}
                """.formatted(view.id(), WORKSPACE, java.time.LocalDate.ofInstant(view.createdAt(), java.time.ZoneOffset.UTC)
                .minusYears(1), appKey, TIKTOK_TOKEN))));
        assertThat(view.provisioningError()).isEmpty();
        assertThat(view.airbyteConnectionId()).contains(CONNECTION);
    }

    @Test
    void create_givenATikTokConnectionWithABareToken_saysWhatItLacksAndCallsNoAirbyte() {
        Connections.View view = core.connections().create(owner, slug, new ConnectionDraft("TIKTOK_ADS", "7100000000000000001",
                Option.none(), Option.none(), Map.of("access_token", TIKTOK_TOKEN), Option.none())).get();

        assertThat(view.provisioningError()).singleElement().satisfies(error -> assertThat(error).contains("app_id", "secret")
                .doesNotContain(TIKTOK_TOKEN));
        airbyte.verify(0, postRequestedFor(urlEqualTo("/v1/sources")));
    }

    @Test
    void changes_givenAProvisionedConnection_followScheduleCredentialsPauseResumeAndDelete() {
        Connections.View view = meta();
        airbyteHas(view.id(), "0 0 0/6 * * ?", "active");

        core.connections().change(owner, slug, view.id(), new net.adtelligent.domain.connection.ConnectionChanges(
                Option.none(), Option.of("0 6 * * 1"))).get();
        airbyte.verify(patchRequestedFor(urlEqualTo("/v1/connections/" + CONNECTION)).withRequestBody(equalToJson(
                "{\"schedule\": {\"scheduleType\": \"cron\", \"cronExpression\": \"0 0 6 ? * 2\"}}", true, true)));
        assertThat(airbyte.findAll(patchRequestedFor(urlEqualTo("/v1/sources/" + SOURCE)))).isEmpty();

        airbyteHas(view.id(), "0 0 6 ? * 2", "active");
        String rotated = "EA" + "FakeRotatedToken".repeat(3);
        core.connections().replaceCredentials(owner, slug, view.id(), Map.of("access_token", rotated), Option.none()).get();
        airbyte.verify(patchRequestedFor(urlEqualTo("/v1/sources/" + SOURCE)).withRequestBody(equalToJson(
                "{\"configuration\": {\"credentials\": {\"access_token\": \"" + rotated + "\"}}}", true, true)));

        core.connections().pause(owner, slug, view.id()).get();
        airbyte.verify(patchRequestedFor(urlEqualTo("/v1/connections/" + CONNECTION))
                .withRequestBody(equalToJson("{\"status\": \"inactive\"}", true, true)));
        airbyteHas(view.id(), "0 0 6 ? * 2", "inactive");
        airbyte.resetRequests();
        core.connections().resume(owner, slug, view.id()).get();
        airbyte.verify(patchRequestedFor(urlEqualTo("/v1/connections/" + CONNECTION))
                .withRequestBody(equalToJson("{\"status\": \"active\"}", true, true)));

        Connections.View deleted = core.connections().delete(owner, slug, view.id()).get();
        airbyte.verify(deleteRequestedFor(urlEqualTo("/v1/connections/" + CONNECTION)));
        airbyte.verify(deleteRequestedFor(urlEqualTo("/v1/sources/" + SOURCE)));
        assertThat(deleted.status()).isEqualTo(ConnectionStatus.DELETED);
        assertThat(deleted.airbyteSourceId()).isEmpty();
        assertThat(deleted.airbyteConnectionId()).isEmpty();
    }

    @Test
    void create_givenAirbyteRefusingTheConnection_keepsTheSourceSaysSoAndReconcileRepairsIt() {
        airbyte.stubFor(post(urlEqualTo("/v1/connections")).willReturn(aResponse().withStatus(422)
                .withHeader("Content-Type", "application/problem+json")
                .withBody("{\"type\":\"about:blank\",\"title\":\"unprocessable\",\"status\":422,"
                        + "\"detail\":\"The destination does not accept this namespace\"}")));

        Connections.View view = meta();

        assertThat(view.status()).isEqualTo(ConnectionStatus.ERROR);
        assertThat(view.airbyteSourceId()).contains(SOURCE);
        assertThat(view.airbyteConnectionId()).isEmpty();
        assertThat(view.provisioningError().get()).contains("creating the connection", "422",
                "source " + SOURCE, "no connection").doesNotContain(TOKEN);

        airbyte.stubFor(get(urlEqualTo("/v1/sources/" + SOURCE)).willReturn(okJson(metaSource(view.id()))));
        airbyte.stubFor(post(urlEqualTo("/v1/connections")).willReturn(okJson(connection("adtelligent:" + view.id(),
                "0 0 0/6 * * ?", "active"))));
        List<Row> dry = core.reconcileAirbyte().reconcile(Option.of(slug.value()), true, false).get();
        assertThat(row(dry, view.id()).outcome()).isEqualTo(Outcome.DRIFT);
        assertThat(row(dry, view.id()).actions()).containsExactly("create connection");
        assertThat(airbyte.findAll(postRequestedFor(urlEqualTo("/v1/connections")))).hasSize(1);
        assertThat(stored(view.id()).status()).isEqualTo(ConnectionStatus.ERROR);

        List<Row> repaired = core.reconcileAirbyte().reconcile(Option.of(slug.value()), false, false).get();

        assertThat(row(repaired, view.id()).outcome()).isEqualTo(Outcome.REPAIRED);
        Connection after = stored(view.id());
        assertThat(after.status()).isEqualTo(ConnectionStatus.ACTIVE);
        assertThat(after.airbyteConnectionId()).contains(CONNECTION);
        assertThat(after.provisioningError()).isEmpty();
    }

    @Test
    void reconcile_givenEachKindOfDrift_repairsItAndADryRunChangesNothing() {
        Connections.View view = meta();
        // Airbyte's connection runs on another schedule and is paused; a source of ours no connection knows is there too.
        airbyteHas(view.id(), "0 0 1 * * ?", "inactive");
        String stray = UUID.randomUUID().toString();
        airbyte.stubFor(get(urlPathEqualTo("/v1/connections")).willReturn(okJson("{\"data\": ["
                + connection("adtelligent:" + stray, "0 0 1 * * ?", "active").replace(CONNECTION,
                "11111111-2222-4333-8444-555555555555").replace("adt_ns", namespace()) + "]}")));
        airbyte.resetRequests();

        List<Row> dry = core.reconcileAirbyte().reconcile(Option.of(slug.value()), true, false).get();

        assertThat(row(dry, view.id()).actions()).containsExactly("update connection");
        assertThat(dry).anyMatch(row -> row.connection().equals("11111111-2222-4333-8444-555555555555")
                && row.outcome() == Outcome.DRIFT);
        assertThat(airbyte.findAll(patchRequestedFor(urlPathEqualTo("/v1/connections/" + CONNECTION)))).isEmpty();

        core.reconcileAirbyte().reconcile(Option.of(slug.value()), false, true).get();

        airbyte.verify(patchRequestedFor(urlEqualTo("/v1/connections/" + CONNECTION)).withRequestBody(equalToJson(
                "{\"status\": \"active\", \"schedule\": {\"scheduleType\": \"cron\", \"cronExpression\": \"0 0 0/6 * * ?\"}}",
                true, true)));
        airbyte.verify(deleteRequestedFor(urlEqualTo("/v1/connections/11111111-2222-4333-8444-555555555555")));

        // Deleted on our side while Airbyte was down: reconcile deletes what is left there.
        airbyte.stubFor(delete(urlPathEqualTo("/v1/connections/" + CONNECTION)).willReturn(aResponse().withStatus(503)));
        core.connections().delete(owner, slug, view.id()).get();
        assertThat(stored(view.id()).airbyteConnectionId()).contains(CONNECTION);
        assertThat(stored(view.id()).provisioningError()).isNotEmpty();
        airbyte.stubFor(delete(urlPathEqualTo("/v1/connections/" + CONNECTION)).willReturn(aResponse().withStatus(204)));
        List<Row> cleaned = core.reconcileAirbyte().reconcile(Option.of(slug.value()), false, false).get();
        assertThat(row(cleaned, view.id()).actions()).containsExactly("delete connection", "delete source");
        assertThat(stored(view.id()).airbyteConnectionId()).isEmpty();
        assertThat(stored(view.id()).airbyteSourceId()).isEmpty();
    }

    @Test
    void reconcile_givenTwoAtOnce_createsTheSourceAndTheConnectionOnce() throws Exception {
        airbyte.stubFor(post(urlEqualTo("/v1/sources")).willReturn(aResponse().withStatus(422)
                .withHeader("Content-Type", "application/problem+json")
                .withBody("{\"type\":\"about:blank\",\"title\":\"unprocessable\",\"status\":422}")));
        Connections.View view = meta();
        assertThat(view.airbyteSourceId()).isEmpty();
        // Slow answers, so that without the lock both reconciles would be creating at once.
        airbyte.stubFor(post(urlEqualTo("/v1/sources")).willReturn(okJson(source("adtelligent:" + view.id()))
                .withFixedDelay(400)));
        airbyte.stubFor(post(urlEqualTo("/v1/connections")).willReturn(okJson(connection("adtelligent:" + view.id(),
                "0 0 0/6 * * ?", "active")).withFixedDelay(400)));
        airbyteHas(view.id(), "0 0 0/6 * * ?", "active");
        airbyte.resetRequests();

        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.ExecutorService two = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            List<java.util.concurrent.Future<List<Row>>> runs = new java.util.ArrayList<>();
            for (int i = 0; i < 2; i++) {
                runs.add(two.submit(() -> {
                    start.await();
                    return core.reconcileAirbyte().reconcile(Option.of(slug.value()), false, false).get();
                }));
            }
            start.countDown();
            for (var run : runs) {
                assertThat(row(run.get(30, java.util.concurrent.TimeUnit.SECONDS), view.id()).outcome())
                        .isIn(Outcome.REPAIRED, Outcome.IN_SYNC);
            }
        } finally {
            two.shutdownNow();
        }

        assertThat(airbyte.findAll(postRequestedFor(urlEqualTo("/v1/sources")))).hasSize(1);
        assertThat(airbyte.findAll(postRequestedFor(urlEqualTo("/v1/connections")))).hasSize(1);
        assertThat(stored(view.id()).airbyteSourceId()).contains(SOURCE);
        assertThat(stored(view.id()).airbyteConnectionId()).contains(CONNECTION);
    }

    @Test
    void state_givenOneSetUpAndOneFailed_countsThemForOperatorsAndShowsMembersTheirOwn() {
        Connections.View ok = meta();
        airbyte.stubFor(post(urlEqualTo("/v1/connections")).willReturn(aResponse().withStatus(422)
                .withHeader("Content-Type", "application/problem+json")
                .withBody("{\"type\":\"about:blank\",\"title\":\"unprocessable\",\"status\":422}")));
        Connections.View failed = core.connections().create(owner, slug, new ConnectionDraft("META_ADS", "1234567891",
                Option.none(), Option.none(), Map.of("access_token", TOKEN), Option.none())).get();

        // A failing sync, as the alert rules would say it: the operators' count follows the ongoing alert.
        factStores.alerts().raise(new net.adtelligent.ports.out.AlertSink.Alert(Option.of(tenant),
                net.adtelligent.domain.alert.SyncAlertRules.FAILING,
                net.adtelligent.domain.alert.AlertSubject.connection(ok.id()), "three syncs failed", Instant.now()));

        var overview = core.airbyteState().overview();
        assertThat(overview.configured()).isTrue();
        assertThat(overview.inError()).isEqualTo(1);
        assertThat(overview.notProvisioned()).isZero();
        assertThat(overview.syncs()).contains(new net.adtelligent.ports.in.AirbyteState.SyncHealth(0, 1));

        var states = core.airbyteState().tenant(owner, slug).get();
        assertThat(states).extracting(state -> state.id(), state -> state.provisioning().wireName()).containsExactly(
                org.assertj.core.groups.Tuple.tuple(ok.id(), "provisioned"),
                org.assertj.core.groups.Tuple.tuple(failed.id(), "error"));
        Actor stranger = Actor.user(core.manageUsers().createUser(Actor.system("provisioning test"),
                IdentityFixtures.uniqueEmail().value(), "correct horse battery staple").get().id(),
                ClientInfo.local("provisioning test"));
        assertThat(core.airbyteState().tenant(stranger, slug).isLeft()).isTrue();
    }

    Connections.View meta() {
        return core.connections().create(owner, slug, new ConnectionDraft("META_ADS", "1234567890", Option.none(),
                Option.none(), Map.of("access_token", TOKEN), Option.none())).get();
    }

    Connection stored(ConnectionId id) {
        return stores.connections().byId(tenant, id).get();
    }

    static Row row(List<Row> rows, ConnectionId id) {
        return rows.stream().filter(row -> row.connection().equals(id.toString())).findFirst().orElseThrow();
    }

    String namespace() {
        return "adt_" + tenant.value().toString().replace("-", "");
    }

    static String prefix(ConnectionId id) {
        return "c" + id.value().toString().replace("-", "").substring(0, 8) + "_";
    }

    /** Airbyte answers reads of the source and connection as the connection had them set up. */
    void airbyteHas(ConnectionId id, String cron, String status) {
        airbyte.stubFor(get(urlEqualTo("/v1/sources/" + SOURCE)).willReturn(okJson(metaSource(id))));
        airbyte.stubFor(get(urlEqualTo("/v1/connections/" + CONNECTION)).willReturn(okJson(connection("adtelligent:" + id,
                cron, status).replace("\"prefix\": \"p_\"", "\"prefix\": \"" + prefix(id) + "\"")
                .replace("adt_ns", namespace()))));
        airbyte.stubFor(patch(urlPathEqualTo("/v1/connections/" + CONNECTION)).willReturn(okJson(connection(
                "adtelligent:" + id, cron, status))));
        airbyte.stubFor(patch(urlPathEqualTo("/v1/sources/" + SOURCE)).willReturn(okJson(metaSource(id))));
    }

    static String metaSource(ConnectionId id) {
        return """
                {"sourceId": "%s", "name": "adtelligent:%s", "sourceType": "facebook-marketing",
                 "definitionId": "e7778cfc-e97c-4458-9ecb-b4f2bba8946c", "workspaceId": "%s",
                 "configuration": {"sourceType": "facebook-marketing", "account_ids": ["1234567890"],
                                   "credentials": {"auth_type": "Service", "access_token": "**********"}},
                 "createdAt": 1764979200}
                """.formatted(SOURCE, id, WORKSPACE);
    }

    static String source(String name) {
        return metaSource(new ConnectionId(UUID.randomUUID())).replaceFirst("\"name\": \"[^\"]*\"", "\"name\": \"" + name + "\"");
    }

    static String connection(String name, String cron, String status) {
        return """
                {"connectionId": "%s", "name": "%s", "sourceId": "%s", "destinationId": "%s", "workspaceId": "%s",
                 "status": "%s", "schedule": {"scheduleType": "cron", "cronExpression": "%s"},
                 "namespaceDefinition": "custom_format", "namespaceFormat": "adt_ns", "prefix": "p_",
                 "configurations": {"streams": [{"name": "ads_insights", "syncMode": "incremental_append"}]},
                 "createdAt": 1764979260, "tags": []}
                """.formatted(CONNECTION, name, SOURCE, DESTINATION, WORKSPACE, status, cron);
    }
}
