package net.adtelligent.adapters.http;

import static net.adtelligent.adapters.http.TestApi.contentType;
import static net.adtelligent.adapters.http.TestApi.header;
import static net.adtelligent.adapters.http.TestApi.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import net.adtelligent.domain.audit.AuditEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AuthenticationTest {

    private final TestApi api = TestApi.start();

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void tenantRoute_givenNoToken_answers401WithBearerChallenge() {
        HttpResponse<String> response = api.anonymous().get("/api/tenants/");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(contentType(response)).isEqualTo("application/problem+json");
        assertThat(header(response, "WWW-Authenticate")).isEqualTo("Bearer realm=\"adtelligent\"");
        assertThat(json(response).path("type").asText()).isEqualTo("https://adtelligent.net/problems/unauthenticated");
    }

    @Test
    void tenantRoute_givenUnknownToken_answers401InvalidToken() {
        HttpResponse<String> response = api.withToken("forged").get("/api/tenants/");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(header(response, "WWW-Authenticate")).isEqualTo("Bearer realm=\"adtelligent\", error=\"invalid_token\"");
    }

    @Test
    void tenantRoute_givenOtherScheme_answers401() {
        HttpResponse<String> response = api.anonymous().send(api.anonymous().request("/api/tenants/")
                .header("Authorization", "Basic YWRhOnNlY3JldA=="));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(header(response, "WWW-Authenticate")).contains("invalid_request");
    }

    @Test
    void tenantRoute_givenLowerCaseSchemeAndValidToken_answers200() {
        HttpResponse<String> response = api.anonymous().send(api.anonymous().request("/api/tenants/")
                .header("Authorization", "bearer " + api.me.access()));

        assertThat(response.statusCode()).isEqualTo(200);
    }

    @Test
    void tenantRoute_givenExpiredToken_answers401() {
        api.clock.advance(Duration.ofMinutes(16));

        assertThat(api.get("/api/tenants/").statusCode()).isEqualTo(401);
    }

    @Test
    void openRoutes_givenNoToken_answerWithoutAskingForOne() {
        assertThat(api.anonymous().get("/api/health/").statusCode()).isEqualTo(200);
        assertThat(api.anonymous().get("/openapi.json").statusCode()).isEqualTo(200);
    }

    @Test
    void registration_recordsTheSocketAddressUserAgentAndRequestId_notForwardedFor() {
        api.send(api.request("/api/tenants/").header("Content-Type", "application/json")
                .header("X-Forwarded-For", "203.0.113.9").header("User-Agent", "probe/1.0").header("X-Request-ID", "req-42")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(TestApi.draft("acme"))));

        AuditEvent registered = api.audit.events().stream()
                .filter(event -> event.action().equals("tenant.registered")).findFirst().orElseThrow();
        assertThat(registered.actor().get()).isEqualTo(api.me.user().id());
        assertThat(registered.client().address()).isEqualTo("127.0.0.1");
        assertThat(registered.client().userAgent()).isEqualTo("probe/1.0");
        assertThat(registered.client().correlationId()).isEqualTo("req-42");
    }
}
