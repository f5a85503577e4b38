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
}
