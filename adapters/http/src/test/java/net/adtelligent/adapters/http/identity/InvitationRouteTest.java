package net.adtelligent.adapters.http.identity;

import static net.adtelligent.adapters.http.TestApi.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import net.adtelligent.adapters.http.TestApi;
import net.adtelligent.domain.identity.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class InvitationRouteTest {

    private static final String PASSWORD = "a long and private passphrase";

    private final TestApi api = TestApi.start();

    @BeforeEach
    void tenant() {
        api.register("acme");
    }

    @AfterEach
    void stop() {
        api.close();
    }

    private HttpResponse<String> invite(TestApi as, String email, String role) {
        return as.post("/api/tenants/acme/invitations/", "{\"email\": \"" + email + "\", \"role\": \"" + role + "\"}");
    }

    private HttpResponse<String> accept(String token, String password) {
        return api.anonymous().post("/api/auth/invitations/accept/",
                "{\"token\": \"" + token + "\", \"password\": \"" + password + "\"}");
    }

    @Test
    void invitationFlow_givenNewEmail_createsTheAccountAndTheMembership() {
        HttpResponse<String> invited = invite(api, "Grace@Example.com", "analyst");
        assertThat(invited.statusCode()).isEqualTo(202);
        assertThat(json(invited).path("email").asText()).isEqualTo("grace@example.com");
        assertThat(json(invited).path("expires_at").asText()).isEqualTo("2026-12-03T10:15:30.123456Z");

        HttpResponse<String> joined = accept(api.inbox.awaitToken("grace@example.com", 0), PASSWORD);

        assertThat(joined.statusCode()).isEqualTo(200);
        assertThat(json(joined).toString()).isEqualTo("{\"tenant\":\"acme\",\"role\":\"analyst\"}");
        JsonNode pair = json(api.anonymous().post("/api/auth/login/",
                "{\"email\": \"grace@example.com\", \"password\": \"" + PASSWORD + "\"}"));
        TestApi grace = api.withToken(pair.path("access").asText());
        assertThat(json(grace.get("/api/tenants/")).path("items").findValuesAsText("slug")).containsExactly("acme");
        assertThat(json(api.get("/api/tenants/acme/members/")).path("items").findValuesAsText("email"))
                .containsExactlyInAnyOrder("ada@example.com", "grace@example.com");
    }

    @Test
    void accept_givenTokenUsedOnce_answers400NamingTokenTheSecondTime() {
        invite(api, "grace@example.com", "viewer");
        String token = api.inbox.awaitToken("grace@example.com", 0);
        accept(token, PASSWORD);

        HttpResponse<String> again = accept(token, PASSWORD);

        assertThat(again.statusCode()).isEqualTo(400);
        assertThat(json(again).path("errors").findValuesAsText("field")).containsExactly("token");
    }

    @Test
    void accept_givenExistingAccount_joinsWithItsPassword_andRefusesAWrongOne() {
        TestApi.Session grace = api.signUp("grace@example.com");
        invite(api, "grace@example.com", "viewer");
        String token = api.inbox.awaitToken("grace@example.com", 0);

        HttpResponse<String> wrong = accept(token, "not her password");
        HttpResponse<String> right = accept(token, TestApi.PASSWORD);

        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(right.statusCode()).isEqualTo(200);
        assertThat(api.as(grace).get("/api/tenants/acme/").statusCode()).isEqualTo(200);
    }

    @Test
    void accept_givenWeakPasswordForNewAccount_answers400NamingPassword() {
        invite(api, "grace@example.com", "viewer");

        HttpResponse<String> response = accept(api.inbox.awaitToken("grace@example.com", 0), "short");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).path("errors").findValuesAsText("field")).containsExactly("password");
    }

    @Test
    void invite_givenMember_answers409() {
        api.addMember("acme", api.signUp("grace@example.com"), Role.VIEWER);

        assertThat(invite(api, "grace@example.com", "analyst").statusCode()).isEqualTo(409);
    }

    @Test
    void invite_givenUnknownRoleAndNoEmail_answers400NamingBoth() {
        HttpResponse<String> response = api.post("/api/tenants/acme/invitations/", "{\"email\": \"nope\", \"role\": \"boss\"}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).path("errors").findValuesAsText("field")).containsExactlyInAnyOrder("email", "role");
    }

    @Test
    void accept_givenTheMemberWasRemovedSince_answers400AndTheyStayOut() {
        TestApi.Session grace = api.signUp("grace@example.com");
        invite(api, "grace@example.com", "analyst");
        String older = api.inbox.awaitToken("grace@example.com", 0);
        api.addMember("acme", grace, Role.ANALYST);
        assertThat(api.delete("/api/tenants/acme/members/" + grace.id() + "/").statusCode()).isEqualTo(204);

        HttpResponse<String> rejoined = accept(older, TestApi.PASSWORD);

        assertThat(rejoined.statusCode()).isEqualTo(400);
        assertThat(json(rejoined).path("errors").findValuesAsText("field")).containsExactly("token");
        assertThat(api.as(grace).get("/api/tenants/acme/").statusCode()).isEqualTo(404);
        assertThat(json(api.get("/api/tenants/acme/audit/?action=member.invitation_revoked")).path("items")
                .findValuesAsText("reason")).containsExactly("member_removed");
    }

    @Test
    void accept_givenTheSoleOwnerAndAnOlderViewerInvitation_answers400AndTheTenantKeepsItsOwner() {
        invite(api, "grace@example.com", "viewer");
        String viewer = api.inbox.awaitToken("grace@example.com", 0);
        invite(api, "grace@example.com", "owner");
        String owner = api.inbox.awaitToken("grace@example.com", 1);
        assertThat(accept(owner, PASSWORD).statusCode()).isEqualTo(200);
        TestApi grace = api.withToken(json(api.anonymous().post("/api/auth/login/",
                "{\"email\": \"grace@example.com\", \"password\": \"" + PASSWORD + "\"}")).path("access").asText());
        assertThat(grace.delete("/api/tenants/acme/members/" + api.me.id() + "/").statusCode()).isEqualTo(204);

        HttpResponse<String> demoted = accept(viewer, PASSWORD);

        assertThat(demoted.statusCode()).isEqualTo(400);
        assertThat(json(grace.get("/api/tenants/acme/members/")).path("items").findValuesAsText("role")).containsExactly("owner");
    }

    @Test
    void accept_givenTheSenderLeftSince_answers403AndMakesNoAccount() {
        TestApi.Session admin = api.signUp("admin@example.com");
        api.addMember("acme", admin, Role.ADMIN);
        invite(api.as(admin), "grace@example.com", "admin");
        String token = api.inbox.awaitToken("grace@example.com", 0);
        api.delete("/api/tenants/acme/members/" + admin.id() + "/");

        HttpResponse<String> joined = accept(token, PASSWORD);

        assertThat(joined.statusCode()).isEqualTo(403);
        assertThat(api.anonymous().post("/api/auth/login/", "{\"email\": \"grace@example.com\", \"password\": \""
                + PASSWORD + "\"}").statusCode()).isEqualTo(401);
    }

    @Test
    void listAndRevoke_givenAPendingInvitation_showsItWithoutTheToken_andRevokingEndsTheLink() {
        HttpResponse<String> sent = invite(api, "grace@example.com", "analyst");
        String id = json(sent).path("id").asText();
        String token = api.inbox.awaitToken("grace@example.com", 0);

        HttpResponse<String> listed = api.get("/api/tenants/acme/invitations/");

        assertThat(listed.statusCode()).isEqualTo(200);
        JsonNode item = json(listed).path("items").get(0);
        assertThat(item.path("id").asText()).isEqualTo(id);
        assertThat(item.path("email").asText()).isEqualTo("grace@example.com");
        assertThat(item.path("invited_by").asText()).isEqualTo(api.me.id());
        assertThat(listed.body()).doesNotContain(token, "token", "hash");
        assertThat(api.delete("/api/tenants/acme/invitations/" + id + "/").statusCode()).isEqualTo(204);
        assertThat(accept(token, PASSWORD).statusCode()).isEqualTo(400);
        assertThat(json(api.get("/api/tenants/acme/invitations/")).path("items")).isEmpty();
        HttpResponse<String> again = api.delete("/api/tenants/acme/invitations/" + id + "/");
        assertThat(again.statusCode()).isEqualTo(404);
        assertThat(json(again).path("type").asText()).isEqualTo("https://adtelligent.net/problems/invitation-not-found");
        assertThat(json(api.get("/api/tenants/acme/audit/?action=member.invitation_revoked")).path("items")
                .findValuesAsText("target_id")).containsExactly(id);
    }

    @Test
    void listAndRevoke_givenAnAnalyst_answer403() {
        TestApi.Session analyst = api.signUp("analyst@example.com");
        api.addMember("acme", analyst, Role.ANALYST);
        String id = json(invite(api, "grace@example.com", "viewer")).path("id").asText();

        assertThat(api.as(analyst).get("/api/tenants/acme/invitations/").statusCode()).isEqualTo(403);
        assertThat(api.as(analyst).delete("/api/tenants/acme/invitations/" + id + "/").statusCode()).isEqualTo(403);
        assertThat(json(api.get("/api/tenants/acme/invitations/")).path("items")).hasSize(1);
    }
}
