package net.adtelligent.adapters.http.identity;

import static net.adtelligent.adapters.http.TestApi.header;
import static net.adtelligent.adapters.http.TestApi.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import net.adtelligent.adapters.http.TestApi;
import net.adtelligent.domain.identity.RefreshToken;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TokenRouteTest {

    private final TestApi api = TestApi.start();
    private final TestApi anonymous = api.anonymous();

    @AfterEach
    void stop() {
        api.close();
    }

    private HttpResponse<String> logIn(String path, String email, String password) {
        return anonymous.post(path, "{\"email\": \"" + email + "\", \"password\": \"" + password + "\"}");
    }

    private HttpResponse<String> refresh(String token) {
        return anonymous.post("/api/token/refresh/", "{\"refresh\": \"" + token + "\"}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/auth/login/", "/api/token/"})
    void logIn_givenRightPassword_answersATokenPairThatSignsIn(String path) {
        HttpResponse<String> response = logIn(path, "Ada@Example.com", TestApi.PASSWORD);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(header(response, "Cache-Control")).isEqualTo("no-store");
        JsonNode pair = json(response);
        assertThat(pair.path("token_type").asText()).isEqualTo("Bearer");
        assertThat(pair.path("access_expires_at").asText()).isEqualTo("2026-11-26T10:30:30.123456Z");
        assertThat(pair.path("refresh").asText()).isNotBlank();
        assertThat(api.withToken(pair.path("access").asText()).get("/api/tenants/").statusCode()).isEqualTo(200);
    }

    @Test
    void logIn_givenUnknownEmailOrWrongPassword_answersTheSame401() {
        HttpResponse<String> unknown = logIn("/api/auth/login/", "nobody@example.com", TestApi.PASSWORD);
        HttpResponse<String> wrong = logIn("/api/auth/login/", "ada@example.com", "not the password");

        assertThat(unknown.statusCode()).isEqualTo(401);
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(unknown.body()).isEqualTo(wrong.body());
        assertThat(json(wrong).path("detail").asText()).isEqualTo("invalid credentials");
        assertThat(header(wrong, "WWW-Authenticate")).startsWith("Bearer");
    }

    @Test
    void logIn_givenMissingPassword_answers400NamingIt() {
        HttpResponse<String> response = anonymous.post("/api/auth/login/", "{\"email\": \"ada@example.com\"}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).path("errors").toString()).isEqualTo("[{\"field\":\"password\",\"reason\":\"is required\"}]");
    }

    @Test
    void refresh_givenFreshToken_rotatesIt() {
        HttpResponse<String> first = refresh(api.me.refresh());
        String next = json(first).path("refresh").asText();

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(next).isNotEqualTo(api.me.refresh());
        assertThat(api.withToken(json(first).path("access").asText()).get("/api/tenants/").statusCode()).isEqualTo(200);
        assertThat(refresh(next).statusCode()).isEqualTo(200);
    }

    @Test
    void refresh_givenRotatedTokenAgainAfterTheGrace_revokesTheFamilySoTheNewerOneFailsToo() {
        String newer = json(refresh(api.me.refresh())).path("refresh").asText();
        api.clock.advance(RefreshToken.REUSE_GRACE);

        HttpResponse<String> reuse = refresh(api.me.refresh());

        assertThat(reuse.statusCode()).isEqualTo(401);
        assertThat(json(reuse).path("type").asText()).isEqualTo("https://adtelligent.net/problems/invalid-token");
        assertThat(refresh(newer).statusCode()).isEqualTo(401);
        assertThat(api.audit.actions()).contains("auth.token_family_revoked");
    }

    @Test
    void refresh_givenRotatedTokenAgainMomentsLater_answersAnotherTokenAndKeepsTheSession() {
        String newer = json(refresh(api.me.refresh())).path("refresh").asText();

        HttpResponse<String> again = refresh(api.me.refresh());

        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(json(again).path("refresh").asText()).isNotEqualTo(newer);
        assertThat(refresh(newer).statusCode()).isEqualTo(200);
        assertThat(api.audit.actions()).doesNotContain("auth.token_family_revoked");
    }

    @Test
    void refresh_givenUnknownToken_answers401() {
        assertThat(refresh("made-up").statusCode()).isEqualTo(401);
    }

    @Test
    void logOut_givenRefreshToken_answers204AndEndsTheSession() {
        HttpResponse<String> response = api.post("/api/auth/logout/", "{\"refresh\": \"" + api.me.refresh() + "\"}");

        assertThat(response.statusCode()).isEqualTo(204);
        assertThat(response.body()).isEmpty();
        assertThat(refresh(api.me.refresh()).statusCode()).isEqualTo(401);
    }

    @Test
    void logOut_givenNoAccessToken_answers401AndRevokesNothing() {
        HttpResponse<String> response = anonymous.post("/api/auth/logout/", "{\"refresh\": \"" + api.me.refresh() + "\"}");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(refresh(api.me.refresh()).statusCode()).isEqualTo(200);
    }
}
