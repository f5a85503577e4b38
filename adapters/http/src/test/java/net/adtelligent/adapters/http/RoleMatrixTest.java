package net.adtelligent.adapters.http;

import static net.adtelligent.adapters.http.TestApi.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import net.adtelligent.adapters.http.uploads.UploadRouteTest;
import net.adtelligent.domain.identity.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The role matrix, as HTTP clients meet it: 403 for a member whose role does not allow the action. */
class RoleMatrixTest {

    private final TestApi api = TestApi.start();
    private final TestApi.Session admin;
    private final TestApi.Session analyst;
    private final TestApi.Session viewer;

    RoleMatrixTest() {
        api.register("acme");
        admin = member("admin@example.com", Role.ADMIN);
        analyst = member("analyst@example.com", Role.ANALYST);
        viewer = member("viewer@example.com", Role.VIEWER);
    }

    private TestApi.Session member(String email, Role role) {
        TestApi.Session session = api.signUp(email);
        api.addMember("acme", session, role);
        return session;
    }

    @AfterEach
    void stop() {
        api.close();
    }

    private static String path(TestApi.Session member) {
        return "/api/tenants/acme/members/" + member.id() + "/";
    }

    @Test
    void changeTenant_givenViewer_answers403_butViewerMayShowIt() {
        HttpResponse<String> response = api.as(viewer).patch("/api/tenants/acme/", "{\"display_name\": \"Viewer's\"}");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(json(response).path("type").asText()).isEqualTo("https://adtelligent.net/problems/forbidden");
        assertThat(api.as(viewer).get("/api/tenants/acme/").statusCode()).isEqualTo(200);
    }

    @Test
    void changeTenant_givenAdmin_answers200() {
        assertThat(api.as(admin).patch("/api/tenants/acme/", "{\"display_name\": \"Admin's\"}").statusCode()).isEqualTo(200);
    }

    @Test
    void readAudit_givenAnalyst_answers403_givenAdmin_answers200() {
        assertThat(api.as(analyst).get("/api/tenants/acme/audit/").statusCode()).isEqualTo(403);
        assertThat(api.as(admin).get("/api/tenants/acme/audit/").statusCode()).isEqualTo(200);
    }

    @Test
    void listMembers_givenAnalyst_answersEveryMember_givenViewer_answers403() {
        HttpResponse<String> response = api.as(analyst).get("/api/tenants/acme/members/");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).path("items").findValuesAsText("role")).containsExactlyInAnyOrder("owner", "admin", "analyst", "viewer");
        assertThat(json(response).path("items").get(0).has("since")).isTrue();
        assertThat(api.as(viewer).get("/api/tenants/acme/members/").statusCode()).isEqualTo(403);
    }

    @Test
    void changeRole_givenAdminMakingAnOwner_answers403() {
        assertThat(api.as(admin).patch(path(analyst), "{\"role\": \"owner\"}").statusCode()).isEqualTo(403);
        assertThat(api.as(admin).post("/api/tenants/acme/invitations/", "{\"email\": \"x@example.com\", \"role\": \"owner\"}")
                .statusCode()).isEqualTo(403);
    }

    @Test
    void changeRole_givenAdminPromotingAnalyst_answers200WithTheMembership() {
        HttpResponse<String> response = api.as(admin).patch(path(analyst), "{\"role\": \"admin\"}");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).path("user_id").asText()).isEqualTo(analyst.id());
        assertThat(json(response).path("role").asText()).isEqualTo("admin");
    }

    @Test
    void changeRole_givenLastOwnerDemoted_answers409_untilAnotherOwnerExists() {
        HttpResponse<String> response = api.patch(path(api.me), "{\"role\": \"admin\"}");

        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(api.patch(path(admin), "{\"role\": \"owner\"}").statusCode()).isEqualTo(200);
        assertThat(api.patch(path(api.me), "{\"role\": \"admin\"}").statusCode()).isEqualTo(200);
    }

    @Test
    void remove_givenLastOwner_answers409_givenViewer_answers204AndTheyLoseAccess() {
        assertThat(api.delete(path(api.me)).statusCode()).isEqualTo(409);

        assertThat(api.delete(path(viewer)).statusCode()).isEqualTo(204);
        assertThat(api.as(viewer).get("/api/tenants/acme/").statusCode()).isEqualTo(404);
    }

    @Test
    void changeRole_givenUnknownOrMalformedMember_answers404MemberNotFound() {
        HttpResponse<String> stranger = api.patch("/api/tenants/acme/members/" + api.signUp("s@example.com").id() + "/",
                "{\"role\": \"admin\"}");
        HttpResponse<String> malformed = api.delete("/api/tenants/acme/members/not-a-uuid/");

        assertThat(stranger.statusCode()).isEqualTo(404);
        assertThat(malformed.statusCode()).isEqualTo(404);
        assertThat(json(stranger).path("type").asText()).isEqualTo("https://adtelligent.net/problems/member-not-found");
    }

    @Test
    void uploadAndSettings_givenViewer_answer403_givenAnalyst_uploadsButCannotChangeSettings() {
        byte[] csv = UploadRouteTest.EXPORT.getBytes(StandardCharsets.UTF_8);
        String setting = "/api/tenants/acme/settings/conversions/meta_ads.conversion_action_types/";

        assertThat(api.as(viewer).upload("/api/tenants/acme/uploads/csv/", "text/csv", csv).statusCode()).isEqualTo(403);
        HttpResponse<String> uploaded = api.as(analyst).upload("/api/tenants/acme/uploads/csv/", "text/csv", csv);
        assertThat(uploaded.statusCode()).isEqualTo(201);
        assertThat(api.as(analyst).put(setting, "{\"values\": [\"lead\"]}").statusCode()).isEqualTo(403);
        assertThat(api.as(admin).put(setting, "{\"values\": [\"lead\"]}").statusCode()).isEqualTo(200);
        assertThat(api.as(viewer).get(TestApi.header(uploaded, "Location")).statusCode()).isEqualTo(200);
        assertThat(api.as(viewer).get("/api/tenants/acme/facts/ad-performance/?start=2026-11-01&end=2026-11-30")
                .statusCode()).isEqualTo(200);
    }

    @Test
    void metricsAndSnapshots_givenViewer_answer200And202_asEveryRoleMayViewMetrics() {
        TestApi asViewer = api.as(viewer);

        assertThat(asViewer.get("/api/tenants/acme/metrics/combined/").statusCode()).isEqualTo(200);
        assertThat(asViewer.post("/api/tenants/acme/snapshots/", "").statusCode()).isEqualTo(202);
        assertThat(asViewer.get("/api/tenants/acme/snapshots/latest/").statusCode()).isEqualTo(200);
        assertThat(asViewer.get("/api/tenants/acme/snapshots/").statusCode()).isEqualTo(200);
    }
}
