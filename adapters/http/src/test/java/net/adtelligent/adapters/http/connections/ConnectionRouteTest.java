package net.adtelligent.adapters.http.connections;

import static net.adtelligent.adapters.http.TestApi.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import net.adtelligent.adapters.http.TestApi;
import net.adtelligent.domain.connection.ConnectionId;
import net.adtelligent.domain.fact.AdPerformanceDaily;
import net.adtelligent.domain.fact.Platform;
import net.adtelligent.domain.identity.Role;
import net.adtelligent.domain.tenant.Slug;
import net.adtelligent.domain.tenant.TenantId;
import net.adtelligent.ports.in.Actor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Connections over HTTP: credentials go in, only fingerprints come out; refusals name each field. */
class ConnectionRouteTest {

    private static final String LIST = "/api/tenants/acme/connections/";
    /** Obviously fake, and searched for in every answer. */
    private static final String TOKEN = "EAAfakeRouteTestTokenfakeRouteTestToken";
    private static final String FAKE_CLIENT_VALUE = "fake-route-test-client-secret";

    private final TestApi api = TestApi.start();
    private final List<HttpResponse<String>> answers = new ArrayList<>();

    ConnectionRouteTest() {
        api.register("acme");
    }

    @AfterEach
    void stop() {
        api.close();
        assertThat(answers).allSatisfy(answer -> assertThat(answer.body()).doesNotContain(TOKEN, FAKE_CLIENT_VALUE));
    }

    private HttpResponse<String> seen(HttpResponse<String> answer) {
        answers.add(answer);
        return answer;
    }

    private JsonNode createMeta(String expiry) {
        HttpResponse<String> created = seen(api.post(LIST, """
                {"platform": "META_ADS", "external_account_id": "1234", "token_expires_at": "%s",
                 "credentials": {"access_token": "%s"}}""".formatted(expiry, TOKEN)));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return json(created);
    }

    @Test
    void create_givenCredentials_answersFingerprintsAndTheTokensState() {
        JsonNode created = createMeta("2026-12-20T00:00:00Z");

        assertThat(created.path("status").asText()).isEqualTo("active");
        assertThat(created.path("schedule").asText()).isEqualTo("PT6H");
        assertThat(created.path("credentials").path("state").asText()).isEqualTo("readable");
        JsonNode field = created.path("credentials").path("fields").get(0);
        assertThat(field.path("name").asText()).isEqualTo("access_token");
        assertThat(field.path("set").asBoolean()).isTrue();
        assertThat(field.path("fingerprint").asText()).matches("[0-9a-f]{12}");
        assertThat(created.path("token").path("state").asText()).as("TestApi's clock is in November 2026").isEqualTo("ok");
        api.clock.advance(java.time.Duration.ofDays(40));
        JsonNode later = json(seen(api.signedInAgain().get(LIST + created.path("id").asText() + "/")));
        assertThat(later.path("token").path("state").asText()).isEqualTo("expired");
    }

    @Test
    void create_givenMissingUnexpectedAndMalformedFields_answers400NamingEach() {
        HttpResponse<String> refused = seen(api.post(LIST, """
                {"platform": "GOOGLE_ADS", "external_account_id": "123-456-7890",
                 "credentials": {"developer_token": "short", "client_secret": "%s", "api_key": "%s"}}"""
                .formatted(FAKE_CLIENT_VALUE, FAKE_CLIENT_VALUE)));

        assertThat(refused.statusCode()).isEqualTo(400);
        List<String> fields = new ArrayList<>();
        json(refused).path("errors").forEach(error -> fields.add(error.path("field").asText()));
        assertThat(fields).containsExactlyInAnyOrder("external_account_id", "credentials.developer_token",
                "credentials.client_id", "credentials.refresh_token", "credentials.api_key");
        assertThat(json(seen(api.get(LIST))).path("items")).isEmpty();
    }

    @Test
    void changes_givenOwner_applyAndAnalystMayOnlyRead() {
        String one = LIST + createMeta("2027-06-01T00:00:00Z").path("id").asText() + "/";
        TestApi analyst = api.as(api.signUp("analyst@example.com"));
        api.addMember("acme", analyst.me, Role.ANALYST);

        assertThat(json(seen(api.patch(one, "{\"name\": \"Brand EU\", \"schedule\": \"0 6 * * *\"}"))).path("schedule")
                .asText()).isEqualTo("0 6 * * *");
        assertThat(json(seen(api.post(one + "pause/", ""))).path("status").asText()).isEqualTo("paused");
        assertThat(seen(api.post(one + "pause/", "")).statusCode()).isEqualTo(409);
        assertThat(seen(analyst.get(one)).statusCode()).isEqualTo(200);
        assertThat(seen(analyst.post(one + "resume/", "")).statusCode()).isEqualTo(403);
        assertThat(seen(analyst.put(one + "credentials/", "{\"credentials\": {\"access_token\": \"" + TOKEN + "\"}}"))
                .statusCode()).isEqualTo(403);
        assertThat(seen(api.delete(one)).statusCode()).isEqualTo(204);
        assertThat(json(seen(api.get(one))).path("status").asText()).isEqualTo("deleted");
        assertThat(json(seen(api.get(LIST))).path("items")).isEmpty();
        assertThat(seen(api.get("/api/tenants/acme/audit/")).body()).contains("connection.deleted", "connection.paused");
    }

    @Test
    void replaceCredentials_givenNewToken_changesTheFingerprint() {
        JsonNode created = createMeta("2027-06-01T00:00:00Z");
        String one = LIST + created.path("id").asText() + "/";

        JsonNode replaced = json(seen(api.put(one + "credentials/",
                "{\"credentials\": {\"access_token\": \"" + TOKEN + "X\"}}")));

        assertThat(replaced.path("credentials").path("fields").get(0).path("fingerprint").asText())
                .isNotEqualTo(created.path("credentials").path("fields").get(0).path("fingerprint").asText());
        assertThat(replaced.path("token").path("expires_at").asText()).as("60 days of a Meta token from now")
                .startsWith("2027-01-");
    }

    @Test
    void connectors_givenSignedIn_listsEveryPlatformWithoutSecrets() {
        JsonNode items = json(seen(api.get("/api/connectors/"))).path("items");

        assertThat(items).hasSize(8);
        assertThat(items.get(0).path("platform").asText()).isEqualTo("META_ADS");
        assertThat(items.get(0).path("streams").get(0).asText()).isEqualTo("meta_ads.ads_insights");
        assertThat(items.get(0).path("scopes").get(0).path("name").asText()).isEqualTo("ads_read");
        assertThat(seen(api.anonymous().get("/api/connectors/")).statusCode()).isEqualTo(401);
    }

    @Test
    void delete_givenFactsOfTheConnection_keepsThemMarkedAsFromADeletedConnection() {
        JsonNode created = createMeta("2027-06-01T00:00:00Z");
        TenantId tenant = new TenantId(UUID.fromString(json(api.get("/api/tenants/acme/")).path("id").asText()));
        ConnectionId connection = new ConnectionId(UUID.fromString(created.path("id").asText()));
        api.core.ingestFacts().ingest(Actor.system("test"), new Slug("acme"), List.of(AdPerformanceDaily.builder()
                .tenantId(tenant).connectionId(connection).platform(Platform.META_ADS).dateDay(LocalDate.parse("2026-11-20"))
                .accountId("1234").campaignId("c-1").currencyCode(Currency.getInstance("EUR")).spend(BigDecimal.TEN)
                .impressions(100).clicks(5).conversions(BigDecimal.ONE).conversionsValue(BigDecimal.TEN)
                .sourceExtractedAt(Instant.parse("2026-11-21T00:00:00Z")).build())).get();
        String facts = "/api/tenants/acme/facts/ad-performance/?start=2026-11-20&end=2026-11-20";
        assertThat(json(seen(api.get(facts))).path("rows").get(0).path("connection_deleted").asBoolean()).isFalse();

        seen(api.delete(LIST + connection + "/"));

        JsonNode row = json(seen(api.get(facts))).path("rows").get(0);
        assertThat(row.path("connection_deleted").asBoolean()).isTrue();
        assertThat(row.path("spend").asText()).isEqualTo("10");
    }
}
