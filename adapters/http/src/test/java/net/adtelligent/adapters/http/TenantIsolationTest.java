package net.adtelligent.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import net.adtelligent.adapters.http.metrics.MetricsFacts;
import net.adtelligent.adapters.http.operations.OpenApiDocument;
import net.adtelligent.domain.alert.AlertSubject;
import net.adtelligent.domain.connection.ConnectionId;
import net.adtelligent.domain.fact.AdPerformanceDaily;
import net.adtelligent.domain.fact.Platform;
import net.adtelligent.domain.identity.Role;
import net.adtelligent.domain.tenant.Slug;
import net.adtelligent.domain.tenant.TenantId;
import net.adtelligent.ports.in.Actor;
import net.adtelligent.ports.out.AlertSink;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Every tenant-scoped route, found in the OpenAPI document (so a new one is walked without anyone
 * adding it here), called by the owner of tenant B against tenant A: never 2xx, never a byte of
 * A's data, and the same answer as for a tenant that does not exist. The owner of A walks the same
 * requests as a control: they succeed, so the refusals are the access check, not a broken request.
 * Over 300 lines because it seeds one object of A's for every kind of id a route takes (connection,
 * upload, grant, alert, …): kept in one place, so a route with a new kind of id fails here first.
 */
class TenantIsolationTest {

    private static final String SPEND_OF_A = "98765.43";
    private static final String INVITEE_OF_A = "invitee.a@example.com";

    private final TestApi api = TestApi.start();
    private final TestApi ownerOfB = api.as(api.signUp("owner.b@example.com"));
    private final TestApi.Session memberOfA = api.signUp("member.a@example.com");
    private final String tenantA;
    private final OpenApi document = new OpenApi(OpenApiDocument.read());
    private final String uploadOfA;
    private final String setting;
    private final String invitationOfA;
    private final String connectionOfA;
    private final String grantOfA;
    private final String alertOfA;

    TenantIsolationTest() {
        tenantA = TestApi.json(api.post("/api/tenants/", """
                {"slug": "tenant-a", "display_name": "Secret Agency A", "reporting_currency": "EUR",
                 "reporting_time_zone": "Europe/Berlin"}""")).path("id").asText();
        seedMetricsOfA();
        api.addMember("tenant-a", memberOfA, Role.ANALYST);
        ownerOfB.register("tenant-b");
        OpenApi.ExampleBody csv = document.exampleBody("POST /api/tenants/{slug}/uploads/csv/").orElseThrow();
        uploadOfA = TestApi.json(api.upload("/api/tenants/tenant-a/uploads/csv/?file_name=secret-a.csv", csv.mediaType(),
                csv.text().getBytes(StandardCharsets.UTF_8))).path("id").asText();
        setting = TestApi.json(api.get("/api/tenants/tenant-a/settings/conversions/")).path("items").get(0)
                .path("setting").asText();
        invitationOfA = TestApi.json(api.post("/api/tenants/tenant-a/invitations/",
                "{\"email\": \"" + INVITEE_OF_A + "\", \"role\": \"viewer\"}")).path("id").asText();
        connectionOfA = TestApi.json(api.post("/api/tenants/tenant-a/connections/", CONNECTION_OF_A)).path("id").asText();
        String consent = TestApi.json(api.post("/api/tenants/tenant-a/connections/oauth/META_ADS/start/", ""))
                .path("authorization_url").asText();
        String state = consent.substring(consent.indexOf("state=") + 6, consent.indexOf('&'));
        grantOfA = TestApi.json(api.anonymous().get("/api/oauth/callback/META_ADS/?code=" + FakeOAuthPlatforms.TWO
                + "&state=" + state)).path("grant_id").asText();
        api.facts.alerts().raise(new AlertSink.Alert(Option.of(new TenantId(UUID.fromString(tenantA))), "sync_failing",
                AlertSubject.connection(new ConnectionId(UUID.fromString(connectionOfA))), ALERT_OF_A, TestApi.NOW));
        alertOfA = TestApi.json(api.get("/api/tenants/tenant-a/alerts/")).path("items").get(0).path("id").asText();
    }

    private static final String ALERT_OF_A = "Secret alert of A";

    /** Known values of A's connection, none of which may reach another tenant. */
    private static final String CONNECTION_OF_A = """
            {"platform": "META_ADS", "external_account_id": "5550001", "name": "Secret Brand A",
             "credentials": {"access_token": "EAAsecretOfTenantAsecretOfTenantA"}}""";

    /** A's numbers, in its facts and in a snapshot, so the metrics routes have something to give away. */
    private void seedMetricsOfA() {
        TenantId a = new TenantId(UUID.fromString(tenantA));
        AdPerformanceDaily secret = AdPerformanceDaily.builder().tenantId(a).connectionId(MetricsFacts.META)
                .platform(Platform.META_ADS).dateDay(LocalDate.parse("2026-11-20")).accountId("acct-a")
                .campaignId("secret-campaign-a").currencyCode(Currency.getInstance("EUR"))
                .spend(new BigDecimal(SPEND_OF_A)).impressions(123_456).clicks(7_890).conversions(BigDecimal.ONE)
                .conversionsValue(BigDecimal.TEN).sourceExtractedAt(TestApi.NOW).build();
        api.core.ingestFacts().ingest(Actor.system("test"), new Slug("tenant-a"), List.of(secret)).get();
        api.core.scheduledSnapshots().generate(a);
    }

    @AfterEach
    void stop() {
        api.close();
    }

    /** DELETE last, so the control walk removes the member only after every other route used them. */
    private List<String> tenantScoped() {
        return document.operations().keySet().stream()
                .filter(operation -> operation.contains("{slug}"))
                .sorted(Comparator.comparing((String operation) -> operation.startsWith("DELETE ")))
                .toList();
    }

    private HttpResponse<String> call(TestApi as, String operation, String slug) {
        return call(as, operation, slug, uploadOfA);
    }

    /** The operation with its documented example body and required query parameters, and A's ids in the path. */
    private HttpResponse<String> call(TestApi as, String operation, String slug, String upload) {
        return call(as, operation, slug, upload, invitationOfA, connectionOfA);
    }

    private HttpResponse<String> call(TestApi as, String operation, String slug, String upload, String invitation,
                                      String connection) {
        String method = operation.substring(0, operation.indexOf(' '));
        String path = operation.substring(operation.indexOf(' ') + 1)
                .replace("{slug}", slug).replace("{user_id}", memberOfA.id())
                .replace("{upload_id}", upload).replace("{setting}", setting).replace("{invitation_id}", invitation)
                .replace("{connection_id}", connection).replace("{platform}", "META_ADS").replace("{grant_id}", grantOfA).replace("{alert_id}", alertOfA);
        assertThat(path).as("a path parameter this walk cannot fill: " + operation).doesNotContain("{");
        Optional<OpenApi.ExampleBody> example = document.exampleBody(operation);
        HttpRequest.BodyPublisher body = example.map(given -> BodyPublishers.ofString(given.text()))
                .orElse(BodyPublishers.noBody());
        String mediaType = example.map(OpenApi.ExampleBody::mediaType).orElse("application/json");
        return as.send(as.request(path + document.exampleQuery(operation)).header("Content-Type", mediaType)
                .method(method, body));
    }

    @Test
    void everyTenantScopedRoute_givenOwnerOfAnotherTenant_answers404WithNoneOfItsData() {
        List<String> operations = tenantScoped();
        assertThat(operations).contains("PATCH /api/tenants/{slug}/", "GET /api/tenants/{slug}/audit/",
                "DELETE /api/tenants/{slug}/members/{user_id}/", "POST /api/tenants/{slug}/invitations/",
                "GET /api/tenants/{slug}/invitations/", "DELETE /api/tenants/{slug}/invitations/{invitation_id}/",
                "POST /api/tenants/{slug}/uploads/csv/", "POST /api/tenants/{slug}/uploads/{upload_id}/commit/",
                "PUT /api/tenants/{slug}/settings/conversions/{setting}/", "GET /api/tenants/{slug}/facts/ad-performance/",
                "GET /api/tenants/{slug}/metrics/combined/", "GET /api/tenants/{slug}/snapshots/",
                "POST /api/tenants/{slug}/snapshots/", "GET /api/tenants/{slug}/snapshots/latest/",
                "POST /api/tenants/{slug}/connections/", "GET /api/tenants/{slug}/connections/",
                "GET /api/tenants/{slug}/connections/{connection_id}/", "PATCH /api/tenants/{slug}/connections/{connection_id}/",
                "DELETE /api/tenants/{slug}/connections/{connection_id}/",
                "POST /api/tenants/{slug}/connections/{connection_id}/pause/",
                "POST /api/tenants/{slug}/connections/{connection_id}/resume/",
                "PUT /api/tenants/{slug}/connections/{connection_id}/credentials/",
                "POST /api/tenants/{slug}/connections/{connection_id}/sync/", "GET /api/tenants/{slug}/airbyte/telemetry/",
                "GET /api/tenants/{slug}/alerts/", "POST /api/tenants/{slug}/alerts/{alert_id}/acknowledge/");

        for (String operation : operations) {
            HttpResponse<String> response = call(ownerOfB, operation, "tenant-a");
            HttpResponse<String> unknown = call(ownerOfB, operation, "no-such-tenant");

            assertThat(response.statusCode()).as(operation).isIn(403, 404);
            assertThat(response.body()).as(operation)
                    .doesNotContain(tenantA, "Secret Agency A", "ada@example.com", memberOfA.email(), api.me.id(),
                            uploadOfA, "secret-a.csv", "Brand Search", SPEND_OF_A, "secret-campaign-a", "123456",
                            invitationOfA, INVITEE_OF_A, connectionOfA, "Secret Brand A", "5550001", "EAAsecretOfTenantA",
                            ALERT_OF_A);
            assertThat(response.body()).as(operation + ": as for a tenant that does not exist")
                    .isEqualTo(unknown.body().replace("no-such-tenant", "tenant-a"));
        }
        assertThat(TestApi.json(api.get("/api/tenants/tenant-a/")).path("display_name").asText()).isEqualTo("Secret Agency A");
        assertThat(api.inbox.mailsTo("grace@example.com")).as("no invitation went out in A's name").isZero();
        assertThat(TestApi.json(api.get("/api/tenants/tenant-a/invitations/")).path("items").findValuesAsText("id"))
                .as("A's invitation is still pending").containsExactly(invitationOfA);
    }

    @Test
    void everyInvitationRoute_givenOwnTenantButInvitationOfAnother_answers404AsForNoSuchInvitation() {
        List<String> operations = tenantScoped().stream().filter(operation -> operation.contains("{invitation_id}")).toList();
        assertThat(operations).isNotEmpty();

        for (String operation : operations) {
            String unknown = UUID.randomUUID().toString();
            HttpResponse<String> response = call(ownerOfB, operation, "tenant-b", uploadOfA, invitationOfA, connectionOfA);
            HttpResponse<String> noSuch = call(ownerOfB, operation, "tenant-b", uploadOfA, unknown, connectionOfA);
            HttpResponse<String> malformed = call(ownerOfB, operation, "tenant-b", uploadOfA, "not-an-id", connectionOfA);

            assertThat(response.statusCode()).as(operation).isEqualTo(404);
            assertThat(response.body()).as(operation).doesNotContain(INVITEE_OF_A, tenantA)
                    .isEqualTo(noSuch.body().replace(unknown, invitationOfA));
            assertThat(malformed.body()).as(operation).isEqualTo(noSuch.body().replace(unknown, "not-an-id"));
        }
        assertThat(TestApi.json(api.get("/api/tenants/tenant-a/invitations/")).path("items").findValuesAsText("id"))
                .as("B's attempts changed nothing").containsExactly(invitationOfA);
    }

    @Test
    void everyUploadRoute_givenOwnTenantButUploadOfAnother_answers404AsForNoSuchUpload() {
        List<String> operations = tenantScoped().stream().filter(operation -> operation.contains("{upload_id}")).toList();
        assertThat(operations).hasSize(4).contains("DELETE /api/tenants/{slug}/uploads/{upload_id}/");

        for (String operation : operations) {
            HttpResponse<String> response = call(ownerOfB, operation, "tenant-b");
            String unknown = UUID.randomUUID().toString();

            assertThat(response.statusCode()).as(operation).isEqualTo(404);
            assertThat(response.body()).as(operation).doesNotContain("secret-a.csv", "Brand Search", tenantA)
                    .isEqualTo(call(ownerOfB, operation, "tenant-b", unknown).body().replace(unknown, uploadOfA));
        }
        assertThat(TestApi.json(api.get("/api/tenants/tenant-a/uploads/" + uploadOfA + "/")).path("status").asText())
                .as("B's attempts changed nothing").isEqualTo("uploaded");
    }

    @Test
    void everyConnectionRoute_givenOwnTenantButConnectionOfAnother_answers404AsForNoSuchConnection() {
        List<String> operations = tenantScoped().stream().filter(operation -> operation.contains("{connection_id}")).toList();
        assertThat(operations).hasSize(7);
        TestApi viewerOfA = api.as(api.signUp("viewer.conn@example.com"));
        api.addMember("tenant-a", viewerOfA.me, Role.VIEWER);
        String unknown = UUID.randomUUID().toString();

        for (String operation : operations) {
            HttpResponse<String> response = call(ownerOfB, operation, "tenant-b", uploadOfA, invitationOfA, connectionOfA);

            assertThat(response.statusCode()).as(operation).isEqualTo(404);
            assertThat(response.body()).as(operation).doesNotContain("Secret Brand A", "5550001", tenantA)
                    .isEqualTo(call(ownerOfB, operation, "tenant-b", uploadOfA, invitationOfA, unknown).body()
                            .replace(unknown, connectionOfA));
            for (TestApi as : List.of(ownerOfB, viewerOfA)) {
                String slug = as == ownerOfB ? "tenant-b" : "tenant-a";
                HttpResponse<String> malformed = call(as, operation, slug, uploadOfA, invitationOfA, "not-an-id");
                HttpResponse<String> noSuch = call(as, operation, slug, uploadOfA, invitationOfA, unknown);
                assertThat(malformed.statusCode()).as(operation).isEqualTo(noSuch.statusCode());
                assertThat(malformed.body()).as(operation).isEqualTo(noSuch.body().replace(unknown, "not-an-id"));
            }
        }
        JsonNode stillThere = TestApi.json(api.get("/api/tenants/tenant-a/connections/" + connectionOfA + "/"));
        assertThat(stillThere.path("status").asText()).as("B's attempts changed nothing").isEqualTo("active");
        assertThat(stillThere.path("name").asText()).isEqualTo("Secret Brand A");
    }

    @Test
    void acknowledge_givenAnotherTenantsAlertAViewerOrTextThatCannotBeAnId_answers404Or403AndChangesNothing() {
        String path = "/api/tenants/tenant-b/alerts/" + alertOfA + "/acknowledge/";
        TestApi viewerOfA = api.as(api.signUp("viewer.alerts@example.com"));
        api.addMember("tenant-a", viewerOfA.me, Role.VIEWER);

        HttpResponse<String> ofAnother = ownerOfB.post(path, "");
        HttpResponse<String> noSuch = ownerOfB.post(path.replace(alertOfA, "987654321"), "");
        HttpResponse<String> malformed = ownerOfB.post(path.replace(alertOfA, "not-an-id"), "");
        HttpResponse<String> byViewer = viewerOfA.post("/api/tenants/tenant-a/alerts/" + alertOfA + "/acknowledge/", "");

        assertThat(ofAnother.statusCode()).isEqualTo(404);
        assertThat(ofAnother.body()).doesNotContain(ALERT_OF_A, tenantA)
                .isEqualTo(noSuch.body().replace("987654321", alertOfA));
        assertThat(malformed.body()).isEqualTo(noSuch.body().replace("987654321", "not-an-id"));
        assertThat(byViewer.statusCode()).isEqualTo(403);
        assertThat(TestApi.json(viewerOfA.get("/api/tenants/tenant-a/alerts/")).path("items").get(0).path("state")
                .asText()).as("nobody acknowledged it").isEqualTo("open");
        assertThat(TestApi.json(ownerOfB.get("/api/tenants/tenant-b/alerts/")).path("items")).isEmpty();
    }

    @Test
    void everyTenantScopedRoute_givenTextThatCannotBeASlug_answersAsForATenantThatDoesNotExist() {
        for (String operation : tenantScoped()) {
            HttpResponse<String> malformed = call(ownerOfB, operation, "Not_A_Slug");
            HttpResponse<String> unknown = call(ownerOfB, operation, "no-such-tenant");

            assertThat(malformed.statusCode()).as(operation).isEqualTo(404).isEqualTo(unknown.statusCode());
            assertThat(malformed.body()).as(operation).isEqualTo(unknown.body().replace("no-such-tenant", "Not_A_Slug"));
        }
    }

    @Test
    void everyUploadRoute_givenTextThatCannotBeAnUploadId_answersAsForNoSuchUpload() {
        TestApi viewerOfA = api.as(api.signUp("viewer.a@example.com"));
        api.addMember("tenant-a", viewerOfA.me, Role.VIEWER);
        String unknown = UUID.randomUUID().toString();

        for (String operation : tenantScoped().stream().filter(operation -> operation.contains("{upload_id}")).toList()) {
            for (TestApi as : List.of(ownerOfB, viewerOfA)) {
                String slug = as == ownerOfB ? "tenant-b" : "tenant-a";
                HttpResponse<String> malformed = call(as, operation, slug, "not-an-id");
                HttpResponse<String> noSuch = call(as, operation, slug, unknown);

                assertThat(malformed.statusCode()).as(operation).isEqualTo(noSuch.statusCode());
                assertThat(malformed.body()).as(operation).isEqualTo(noSuch.body().replace(unknown, "not-an-id"));
            }
        }
    }

    @Test
    void everyTenantScopedRoute_givenItsOwner_succeeds() {
        // Deleting the upload last: the routes before it map and commit it.
        String deleteUpload = "DELETE /api/tenants/{slug}/uploads/{upload_id}/";
        List<String> operations = new ArrayList<>(tenantScoped());
        assertThat(operations.remove(deleteUpload)).isTrue();
        // A sync needs Airbyte and a provisioned connection, which this core has not: the owner's
        // own sync is started in SyncRoutesTest (and over a stub Airbyte in bootstrap's SyncOverHttpTest).
        assertThat(operations.remove("POST /api/tenants/{slug}/connections/{connection_id}/sync/")).isTrue();
        for (String operation : operations) {
            assertThat(call(api, operation, "tenant-a").statusCode()).as(operation).isBetween(200, 299);
        }
        String another = TestApi.json(api.upload("/api/tenants/tenant-a/uploads/csv/?file_name=other.csv", "text/csv",
                "Day,Campaign,Cost\n2026-11-03,Other,1\n".getBytes(StandardCharsets.UTF_8))).path("id").asText();
        assertThat(call(api, deleteUpload, "tenant-a", another).statusCode()).as(deleteUpload).isEqualTo(204);
    }

    @Test
    void everySecuredRoute_givenNoToken_answers401() {
        document.operations().keySet().stream()
                .filter(operation -> !document.openOperations().contains(operation))
                .forEach(operation -> assertThat(call(api.anonymous(), operation, "tenant-a").statusCode())
                        .as(operation).isEqualTo(401));
    }
}
