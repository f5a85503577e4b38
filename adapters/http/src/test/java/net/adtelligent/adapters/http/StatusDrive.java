package net.adtelligent.adapters.http;

import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import net.adtelligent.adapters.http.operations.FixedProbe;
import net.adtelligent.domain.identity.Invitation;
import net.adtelligent.domain.identity.OpaqueToken;
import net.adtelligent.domain.identity.Role;
import net.adtelligent.domain.tenant.TenantId;
import net.adtelligent.testing.FakeAirbyte;

/**
 * Every route into every outcome it has, for {@link OpenApiStatusTest}: one server, the requests in
 * an order where each leaves the state the next one needs. Over 300 lines because the API is long:
 * one line per outcome, and the areas with most already drive themselves ({@link UploadStatusDrive}, …).
 */
final class StatusDrive {

    private static final String BIG = "{\"display_name\": \"" + "x".repeat((int) TestApi.MAX_BODY_BYTES) + "\"}";
    private static final String NEW_PASSWORD = "another long passphrase";

    private final List<HttpResponse<String>> seen = new ArrayList<>();
    private final FailingStores stores = new FailingStores();
    private final FixedProbe database = new FixedProbe("database", true);
    private final SwitchableVault vault = new SwitchableVault();
    private final FakeAirbyte airbyte = new FakeAirbyte(Clock.systemUTC());

    static List<HttpResponse<String>> run() {
        return new StatusDrive().drive();
    }

    private List<HttpResponse<String>> drive() {
        try (TestApi api = TestApi.start(stores::wrap, core -> core.healthProbe(database).secretVault(vault).airbyte(airbyte),
                settings -> settings.withThrottling(new Throttling(20, 20)))) {
            bodies(api, "/api/auth/login/", "/api/token/", "/api/token/refresh/", "/api/auth/logout/",
                    "/api/auth/password-reset/", "/api/auth/password-reset/confirm/", "/api/auth/invitations/accept/",
                    "/api/tenants/", ConsoleStatusDrive.SESSION);
            tokens(api);
            tenants(api);
            ConsoleStatusDrive console = new ConsoleStatusDrive(api, seen);
            console.drive();
            members(api);
            UploadStatusDrive uploads = new UploadStatusDrive(api, seen);
            uploads.drive();
            MetricsStatusDrive metrics = new MetricsStatusDrive(api, seen);
            metrics.drive();
            ConnectionStatusDrive connections = new ConnectionStatusDrive(api, seen, vault);
            connections.drive();
            OAuthStatusDrive consent = new OAuthStatusDrive(api, seen, vault, stores);
            consent.drive();
            SyncStatusDrive syncs = new SyncStatusDrive(api, seen, airbyte, stores);
            syncs.drive();
            AlertStatusDrive alerts = new AlertStatusDrive(api, seen, stores);
            alerts.drive();
            passwords(api);
            health(api);
            throttled(api);
            api.clock.advance(Duration.ofMinutes(2));
            failing(api);
            console.failing();
            uploads.failing();
            metrics.failing();
            connections.failing();
            consent.failing();
            syncs.failing();
            alerts.failing();
        }
        new WebhookStatusDrive(seen).drive();
        return seen;
    }

    /** 400, 413, 415 wherever a body is read. */
    private void bodies(TestApi api, String... paths) {
        for (String path : paths) {
            seen.add(api.post(path, "{\"email\": 5, \"refresh\": 5, \"token\": 5, \"slug\": 5}"));
            seen.add(api.post(path, BIG));
            seen.add(api.send(api.request(path).header("Content-Type", "text/plain").POST(BodyPublishers.ofString("{}"))));
        }
    }

    private void tokens(TestApi api) {
        String credentials = "{\"email\": \"ada@example.com\", \"password\": \"" + TestApi.PASSWORD + "\"}";
        String wrong = "{\"email\": \"ada@example.com\", \"password\": \"not the password\"}";
        for (String path : List.of("/api/auth/login/", "/api/token/")) {
            seen.add(api.anonymous().post(path, credentials));
            seen.add(api.anonymous().post(path, wrong));
        }
        TestApi.Session session = api.signUp("refresher@example.com");
        seen.add(api.anonymous().post("/api/token/refresh/", "{\"refresh\": \"" + session.refresh() + "\"}"));
        seen.add(api.anonymous().post("/api/token/refresh/", "{\"refresh\": \"made-up\"}"));
        seen.add(api.post("/api/auth/logout/", "{\"refresh\": \"" + api.signUp("leaver@example.com").refresh() + "\"}"));
        seen.add(api.anonymous().post("/api/auth/logout/", "{\"refresh\": \"x\"}"));
    }

    private void tenants(TestApi api) {
        seen.add(api.register("acme"));
        seen.add(api.register("acme"));
        seen.add(api.anonymous().register("other"));
        seen.add(api.get("/api/tenants/"));
        seen.add(api.get("/api/tenants/?limit=0"));
        seen.add(api.anonymous().get("/api/tenants/"));
        seen.add(api.get("/api/tenants/acme/"));
        seen.add(api.get("/api/tenants/nobody/"));
        seen.add(api.get("/api/tenants/a%00b/"));
        seen.add(api.anonymous().get("/api/tenants/acme/"));

        seen.add(api.patch("/api/tenants/acme/", "{\"display_name\": \"Acme Group\"}"));
        seen.add(api.patch("/api/tenants/acme/", "{\"slug\": \"other\"}"));
        seen.add(api.patch("/api/tenants/nobody/", "{}"));
        seen.add(api.anonymous().patch("/api/tenants/acme/", "{}"));
        seen.add(api.patch("/api/tenants/acme/", BIG));
        seen.add(api.send(api.request("/api/tenants/acme/").method("PATCH", BodyPublishers.ofString("{}"))));
        TestApi.Session viewer = api.signUp("viewer@example.com");
        api.addMember("acme", viewer, Role.VIEWER);
        seen.add(api.as(viewer).patch("/api/tenants/acme/", "{\"display_name\": \"Mine Now\"}"));
        api.register("paused");
        seen.add(api.patch("/api/tenants/paused/", "{\"status\": \"suspended\"}"));
        seen.add(api.patch("/api/tenants/paused/", "{\"display_name\": \"Renamed While Suspended\"}"));
    }

    private void members(TestApi api) {
        TestApi.Session analyst = api.signUp("analyst@example.com");
        api.addMember("acme", analyst, Role.ANALYST);
        TestApi.Session viewer = api.signUp("viewer2@example.com");
        api.addMember("acme", viewer, Role.VIEWER);
        String analystPath = "/api/tenants/acme/members/" + analyst.id() + "/";
        String viewerPath = "/api/tenants/acme/members/" + viewer.id() + "/";
        String mePath = "/api/tenants/acme/members/" + api.me.id() + "/";

        seen.add(api.get("/api/tenants/acme/members/"));
        seen.add(api.get("/api/tenants/a%00b/members/"));
        seen.add(api.anonymous().get("/api/tenants/acme/members/"));
        seen.add(api.as(viewer).get("/api/tenants/acme/members/"));
        seen.add(api.get("/api/tenants/nobody/members/"));

        seen.add(api.patch(analystPath, "{\"role\": \"admin\"}"));
        seen.add(api.patch(analystPath, "{\"role\": \"boss\"}"));
        seen.add(api.anonymous().patch(analystPath, "{\"role\": \"admin\"}"));
        seen.add(api.as(viewer).patch(analystPath, "{\"role\": \"viewer\"}"));
        seen.add(api.patch("/api/tenants/acme/members/" + api.signUp("stranger@example.com").id() + "/", "{\"role\": \"admin\"}"));
        seen.add(api.patch(mePath, "{\"role\": \"admin\"}"));
        seen.add(api.patch(analystPath, BIG));
        seen.add(api.send(api.request(analystPath).method("PATCH", BodyPublishers.ofString("{}"))));

        seen.add(api.as(viewer).delete(analystPath));
        seen.add(api.delete(viewerPath));
        seen.add(api.delete("/api/tenants/a%00b/members/" + viewer.id() + "/"));
        seen.add(api.anonymous().delete(analystPath));
        seen.add(api.delete(viewerPath));
        seen.add(api.delete(mePath));

        String invitation = "{\"email\": \"new@example.com\", \"role\": \"analyst\"}";
        seen.add(api.post("/api/tenants/acme/invitations/", invitation));
        seen.add(api.post("/api/tenants/acme/invitations/", "{\"email\": \"new@example.com\", \"role\": \"boss\"}"));
        seen.add(api.anonymous().post("/api/tenants/acme/invitations/", invitation));
        seen.add(api.as(api.signUp("nobody@example.com")).post("/api/tenants/acme/invitations/", invitation));
        seen.add(api.post("/api/tenants/acme/invitations/", "{\"email\": \"analyst@example.com\", \"role\": \"viewer\"}"));
        api.patch(analystPath, "{\"role\": \"analyst\"}");
        seen.add(api.as(analyst).post("/api/tenants/acme/invitations/", invitation));
        bodies(api, "/api/tenants/acme/invitations/");
        pendingInvitations(api, analyst);

        seen.add(api.get("/api/tenants/acme/audit/"));
        seen.add(api.get("/api/tenants/acme/audit/?format=csv"));
        seen.add(api.get("/api/tenants/acme/audit/?actor=someone"));
        seen.add(api.anonymous().get("/api/tenants/acme/audit/"));
        seen.add(api.as(analyst).get("/api/tenants/acme/audit/"));
        seen.add(api.get("/api/tenants/nobody/audit/"));
    }

    private void pendingInvitations(TestApi api, TestApi.Session analyst) {
        String list = "/api/tenants/acme/invitations/";
        seen.add(api.get(list));
        seen.add(api.get("/api/tenants/a%00b/invitations/"));
        seen.add(api.anonymous().get(list));
        seen.add(api.as(analyst).get(list));
        seen.add(api.get("/api/tenants/nobody/invitations/"));

        String id = TestApi.json(api.post(list, "{\"email\": \"revoked@example.com\", \"role\": \"viewer\"}"))
                .path("id").asText();
        seen.add(api.as(analyst).delete(list + id + "/"));
        seen.add(api.anonymous().delete(list + id + "/"));
        seen.add(api.delete("/api/tenants/a%00b/invitations/" + id + "/"));
        seen.add(api.delete(list + id + "/"));
        seen.add(api.delete(list + id + "/"));
        seen.add(api.delete(list + "not-an-id/"));
    }

    private void passwords(TestApi api) {
        seen.add(api.anonymous().post("/api/auth/invitations/accept/", accept(api.inbox.awaitToken("new@example.com", 0), NEW_PASSWORD)));
        seen.add(api.anonymous().post("/api/auth/invitations/accept/", accept("made-up", NEW_PASSWORD)));
        TestApi.Session grace = api.signUp("grace@example.com");
        api.post("/api/tenants/acme/invitations/", "{\"email\": \"grace@example.com\", \"role\": \"viewer\"}");
        seen.add(api.anonymous().post("/api/auth/invitations/accept/", accept(api.inbox.awaitToken(grace.email(), 0), "not her password")));
        staleInvitations(api);

        seen.add(api.anonymous().post("/api/auth/password-reset/", "{\"email\": \"ada@example.com\"}"));
        String token = api.inbox.awaitToken("ada@example.com", 0);
        seen.add(api.anonymous().post("/api/auth/password-reset/confirm/", accept("made-up", NEW_PASSWORD)));
        seen.add(api.anonymous().post("/api/auth/password-reset/confirm/", accept(token, NEW_PASSWORD)));
    }

    /** 403: the sender left the tenant since; 409: the last owner's own viewer invitation, as an older version left it. */
    private void staleInvitations(TestApi api) {
        TestApi.Session sender = api.signUp("sender@example.com");
        api.addMember("acme", sender, Role.ADMIN);
        api.as(sender).post("/api/tenants/acme/invitations/", "{\"email\": \"late@example.org\", \"role\": \"viewer\"}");
        api.delete("/api/tenants/acme/members/" + sender.id() + "/");
        seen.add(api.anonymous().post("/api/auth/invitations/accept/", accept(api.inbox.awaitToken("late@example.org", 0), NEW_PASSWORD)));

        OpaqueToken token = OpaqueToken.generate();
        TenantId acme = new TenantId(UUID.fromString(TestApi.json(api.get("/api/tenants/acme/")).path("id").asText()));
        stores.invitations.add(Invitation.issue(token.hash(), acme, api.me.user().email(), Role.VIEWER, api.me.user().id(),
                api.clock.instant()));
        seen.add(api.anonymous().post("/api/auth/invitations/accept/", accept(token.plain(), TestApi.PASSWORD)));
    }

    private void health(TestApi api) {
        seen.add(api.anonymous().get("/api/health/"));
        seen.add(api.anonymous().get("/api/health/ready/"));
        database.up.set(false);
        seen.add(api.anonymous().get("/api/health/"));
        seen.add(api.anonymous().get("/api/health/ready/"));
        seen.add(api.anonymous().get("/api/health/live/"));
        seen.add(api.anonymous().get("/openapi.json"));
        seen.add(api.get("/api/permissions/drift/"));
        String token = "operators-metrics-token-0123456789";
        try (TestApi operated = TestApi.start(settings -> settings.withMetricsToken(token)
                .withPermissionReview(PermissionReviews.inStep()))) {
            seen.add(operated.send(operated.request("/api/permissions/drift/").setHeader("Authorization", "Bearer " + token)));
            seen.add(operated.anonymous().get("/api/permissions/drift/"));
        }
        // No metrics token configured here: the operators' Airbyte report is not served.
        seen.add(api.anonymous().get("/api/health/airbyte/"));
        seen.add(api.anonymous().get("/api/health/dbt/"));
        seen.add(api.get("/api/tenants/acme/airbyte/"));
        seen.add(api.anonymous().get("/api/tenants/acme/airbyte/"));
        seen.add(api.get("/api/tenants/nobody/airbyte/"));
        String statusToken = "status-drive-0123456789-abcdef";
        FailingStores broken = new FailingStores();
        try (TestApi operators = TestApi.start(broken::wrap, core -> core,
                settings -> settings.withMetricsToken(statusToken))) {
            var asOperator = operators.anonymous().request("/api/health/airbyte/")
                    .header("Authorization", "Bearer " + statusToken);
            seen.add(operators.anonymous().send(asOperator.GET()));
            seen.add(operators.anonymous().get("/api/health/airbyte/"));
            seen.add(operators.anonymous().send(operators.anonymous().request("/api/health/dbt/")
                    .header("Authorization", "Bearer " + statusToken).GET()));
            seen.add(operators.anonymous().get("/api/health/dbt/"));
            broken.failing.set(true);
            seen.add(operators.anonymous().send(asOperator.GET()));
        }
    }

    /** Each throttled route, again and again until it says 429. */
    private void throttled(TestApi api) {
        until429(() -> api.anonymous().post("/api/auth/login/", "{\"email\": \"x@example.com\", \"password\": \"y\"}"));
        until429(() -> api.anonymous().post("/api/token/", "{\"email\": \"x@example.com\", \"password\": \"y\"}"));
        until429(() -> api.anonymous().post("/api/token/refresh/", "{\"refresh\": \"made-up\"}"));
        until429(() -> api.anonymous().post(ConsoleStatusDrive.SESSION, ConsoleStatusDrive.credentials("x@example.com", "y")));
        until429(() -> api.anonymous().send(api.anonymous().request(ConsoleStatusDrive.REFRESH)
                .header("Cookie", "adt_console_session=made-up").POST(BodyPublishers.noBody())));
        until429(() -> api.anonymous().post("/api/auth/password-reset/", "{\"email\": \"x@example.com\"}"));
        until429(() -> api.anonymous().post("/api/auth/password-reset/confirm/", accept("made-up", NEW_PASSWORD)));
        until429(() -> api.anonymous().post("/api/auth/invitations/accept/", accept("made-up", NEW_PASSWORD)));
    }

    private void until429(Supplier<HttpResponse<String>> request) {
        for (int i = 0; i < 50; i++) {
            HttpResponse<String> response = request.get();
            seen.add(response);
            if (response.statusCode() == 429) {
                return;
            }
        }
        throw new AssertionError("never throttled: " + seen.get(seen.size() - 1).request().uri());
    }

    /** Every route once more, with every store broken. */
    private void failing(TestApi api) {
        String session = "{\"refresh\": \"" + api.signUp("late@example.com").refresh() + "\"}";
        stores.failing.set(true);
        seen.add(api.anonymous().post("/api/auth/login/", "{\"email\": \"ada@example.com\", \"password\": \"x\"}"));
        seen.add(api.anonymous().post("/api/token/", "{\"email\": \"ada@example.com\", \"password\": \"x\"}"));
        seen.add(api.anonymous().post("/api/token/refresh/", session));
        seen.add(api.post("/api/auth/logout/", session));
        seen.add(api.anonymous().post("/api/auth/password-reset/confirm/", accept("made-up", NEW_PASSWORD)));
        seen.add(api.anonymous().post("/api/auth/invitations/accept/", accept("made-up", NEW_PASSWORD)));
        seen.add(api.register("broken"));
        for (String path : List.of("/api/tenants/", "/api/tenants/acme/", "/api/tenants/acme/members/", "/api/tenants/acme/audit/")) {
            seen.add(api.get(path));
        }
        String member = "/api/tenants/acme/members/" + api.me.id() + "/";
        seen.add(api.patch("/api/tenants/acme/", "{}"));
        seen.add(api.patch(member, "{\"role\": \"owner\"}"));
        seen.add(api.delete(member));
        seen.add(api.post("/api/tenants/acme/invitations/", "{\"email\": \"late@example.com\", \"role\": \"viewer\"}"));
        seen.add(api.get("/api/tenants/acme/invitations/"));
        seen.add(api.delete("/api/tenants/acme/invitations/" + UUID.randomUUID() + "/"));
        seen.add(api.get("/api/tenants/acme/airbyte/"));
    }

    private static String accept(String token, String password) {
        return "{\"token\": \"" + token + "\", \"password\": \"" + password + "\"}";
    }
}
