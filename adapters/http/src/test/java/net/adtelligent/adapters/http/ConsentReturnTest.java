package net.adtelligent.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import net.adtelligent.domain.identity.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The consent's return to a person: the browser the platform sends back lands in the console (the
 * connection made, the pick among several accounts, or why it failed), and the pick's accounts are
 * read from the pending grant, by the user who started it only.
 */
class ConsentReturnTest {

    private static final String START = "/api/tenants/acme/connections/oauth/META_ADS/start/";
    private static final String CALLBACK = "/api/oauth/callback/META_ADS/";

    private TestApi api;

    @BeforeEach
    void start() {
        api = TestApi.start();
        api.register("acme");
    }

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void browserCallback_givenOneAccount_landsOnTheConnectionMadeInTheConsole() {
        HttpResponse<String> back = browserBack(FakeOAuthPlatforms.ONE, state());

        assertThat(back.statusCode()).isEqualTo(303);
        String location = back.headers().firstValue("Location").orElseThrow();
        assertThat(location).matches("/#/acme/connections\\?id=[0-9a-f-]{36}&connected=1");
        String id = location.substring(location.indexOf("id=") + 3, location.indexOf('&'));
        assertThat(TestApi.json(api.get("/api/tenants/acme/connections/" + id + "/")).path("external_account_id").asText())
                .isEqualTo("3333333333");
    }

    @Test
    void browserCallback_givenSeveralAccounts_landsOnThePickWhoseGrantListsThem() {
        HttpResponse<String> back = browserBack(FakeOAuthPlatforms.TWO, state());

        assertThat(back.statusCode()).isEqualTo(303);
        String location = back.headers().firstValue("Location").orElseThrow();
        assertThat(location).matches("/#/acme/connections\\?consent=[0-9a-f-]{36}");
        String grant = location.substring(location.indexOf("consent=") + 8);
        JsonNode pending = TestApi.json(api.get("/api/tenants/acme/connections/oauth/grants/" + grant + "/"));
        assertThat(pending.path("grant_id").asText()).isEqualTo(grant);
        assertThat(pending.path("platform").asText()).isEqualTo("META_ADS");
        assertThat(pending.path("accounts").findValuesAsText("id")).containsExactly("1111111111", "2222222222");
        assertThat(pending.path("accounts").findValuesAsText("name")).containsExactly("Brand EU", "Brand US");
        assertThat(pending.has("pick_before")).isTrue();
        assertThat(pending.toString()).doesNotContain(FakeOAuthPlatforms.TOKEN);
    }

    @Test
    void pendingGrant_askedByAnotherAdminOfTheTenant_isNotFound() {
        String grant = TestApi.json(api.anonymous().get(CALLBACK + "?code=" + FakeOAuthPlatforms.TWO + "&state=" + state()))
                .path("grant_id").asText();
        TestApi.Session other = api.signUp("grace@example.com");
        api.addMember("acme", other, Role.ADMIN);

        HttpResponse<String> asked = api.as(other).get("/api/tenants/acme/connections/oauth/grants/" + grant + "/");

        assertThat(asked.statusCode()).isEqualTo(404);
        assertThat(asked.body()).doesNotContain("1111111111");
    }

    @Test
    void pendingGrant_oncePicked_hasEnded() {
        String grant = TestApi.json(api.anonymous().get(CALLBACK + "?code=" + FakeOAuthPlatforms.TWO + "&state=" + state()))
                .path("grant_id").asText();
        assertThat(api.post("/api/tenants/acme/connections/oauth/grants/" + grant + "/pick/",
                "{\"external_account_id\": \"2222222222\"}").statusCode()).isEqualTo(201);

        assertThat(api.get("/api/tenants/acme/connections/oauth/grants/" + grant + "/").statusCode()).isEqualTo(409);
    }

    @Test
    void browserCallback_givenTheUsersRefusal_landsOnTheFailurePageWithItsReasonAndNothingElse() {
        String state = state();
        HttpResponse<String> back = api.anonymous().send(api.anonymous().request(CALLBACK + "?error=access_denied"
                + "&error_description=The+user+said+no&state=" + state).header("Accept", "text/html").GET());

        assertThat(back.statusCode()).isEqualTo(303);
        URI location = URI.create(back.headers().firstValue("Location").orElseThrow());
        assertThat(location.getRawPath()).isEqualTo("/");
        assertThat(location.getRawFragment()).startsWith("/consent-failed?");
        Map<String, String> said = query(location.getRawFragment().substring(location.getRawFragment().indexOf('?') + 1));
        assertThat(said.keySet()).containsExactly("code", "title", "detail");
        assertThat(said.get("detail")).contains("access_denied");
        assertThat(location.toString()).doesNotContain(state);
        assertThat(TestApi.json(api.get("/api/tenants/acme/connections/")).path("items")).isEmpty();
    }

    @Test
    void apiCallback_withoutAskingForHtml_stillAnswersJson() {
        HttpResponse<String> back = api.anonymous().get(CALLBACK + "?code=" + FakeOAuthPlatforms.TWO + "&state=" + state());

        assertThat(back.statusCode()).isEqualTo(200);
        assertThat(TestApi.json(back).path("accounts")).hasSize(2);
    }

    private String state() {
        String url = TestApi.json(api.post(START, "")).path("authorization_url").asText();
        return url.substring(url.indexOf("state=") + 6, url.indexOf('&', url.indexOf("state=")));
    }

    private HttpResponse<String> browserBack(String code, String state) {
        return api.anonymous().send(api.anonymous().request(CALLBACK + "?code=" + code + "&state=" + state)
                .header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8").GET());
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : raw.split("&")) {
            int equals = pair.indexOf('=');
            values.put(pair.substring(0, equals), URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
        }
        return values;
    }
}
