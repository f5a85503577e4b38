package net.adtelligent.adapters.http.web;

import static net.adtelligent.adapters.http.TestApi.contentType;
import static net.adtelligent.adapters.http.TestApi.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import net.adtelligent.adapters.http.FailingStores;
import net.adtelligent.adapters.http.TestApi;
import org.junit.jupiter.api.Test;

class RoutingAndFailureTest {

    private static TestApi failing(FailingStores store) {
        return TestApi.start(store::wrap, core -> core, settings -> settings);
    }

    @Test
    void unknownPath_answers404ProblemJson() {
        try (TestApi api = TestApi.start()) {
            HttpResponse<String> response = api.get("/api/nothing-here/");

            assertThat(response.statusCode()).isEqualTo(404);
            assertThat(contentType(response)).isEqualTo("application/problem+json");
            assertThat(json(response).path("type").asText()).isEqualTo("about:blank");
            assertThat(json(response).path("status").asInt()).isEqualTo(404);
        }
    }

    @Test
    void knownPathWithoutTrailingSlash_answers404() {
        try (TestApi api = TestApi.start()) {
            assertThat(api.get("/api/tenants").statusCode()).isEqualTo(404);
            assertThat(api.get("/api/health").statusCode()).isEqualTo(404);
        }
    }

    @Test
    void knownPathWithWrongMethod_answers405WithAllow() {
        try (TestApi api = TestApi.start()) {
            HttpResponse<String> response = api.send(api.request("/api/tenants/").DELETE());

            assertThat(response.statusCode()).isEqualTo(405);
            assertThat(contentType(response)).isEqualTo("application/problem+json");
            assertThat(response.headers().firstValue("Allow")).hasValueSatisfying(allow ->
                    assertThat(allow.split(",\\s*")).containsExactlyInAnyOrder("GET", "HEAD", "POST"));
        }
    }

    @Test
    void pathJettyRefusesAsMalformed_answers400ProblemJsonWithRequestId() {
        try (TestApi api = TestApi.start()) {
            HttpResponse<String> response = api.get("/api/tenants/a%00b/");

            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(contentType(response)).isEqualTo("application/problem+json");
            assertThat(response.headers().firstValue(RequestIds.HEADER)).isPresent();
        }
    }

    @Test
    void unexpectedFailure_answers500WithoutLeakingTheCause() {
        FailingStores store = new FailingStores();
        try (TestApi api = failing(store)) {
            store.failing.set(true);

            HttpResponse<String> response = api.get("/api/tenants/acme/");

            assertThat(response.statusCode()).isEqualTo(500);
            assertThat(contentType(response)).isEqualTo("application/problem+json");
            assertThat(json(response).path("detail").asText()).contains("X-Request-ID");
            assertThat(response.body()).doesNotContain("hunter2").doesNotContain("IllegalState");
            assertThat(response.headers().firstValue(RequestIds.HEADER)).isPresent();
        }
    }

    @Test
    void unexpectedFailureOnPost_answers500() {
        FailingStores store = new FailingStores();
        try (TestApi api = failing(store)) {
            store.failing.set(true);

            HttpResponse<String> response = api.send(api.request("/api/tenants/")
                    .header("Content-Type", "application/json")
                    .POST(BodyPublishers.ofString(TestApi.draft("acme"))));

            assertThat(response.statusCode()).isEqualTo(500);
            assertThat(response.body()).doesNotContain("hunter2");
        }
    }

    @Test
    void outsidePartUnavailable_answers503ProblemNamingOnlyTheComponent() {
        FailingStores store = new FailingStores();
        try (TestApi api = failing(store)) {
            store.unavailable.set(true);

            HttpResponse<String> response = api.get("/api/tenants/acme/");

            assertThat(response.statusCode()).isEqualTo(503);
            assertThat(contentType(response)).isEqualTo("application/problem+json");
            assertThat(json(response).path("type").asText()).isEqualTo(Problem.TYPES + "unavailable");
            assertThat(json(response).path("detail").asText()).isEqualTo("the database is unavailable; try again shortly");
            assertThat(response.headers().firstValue("Retry-After")).hasValue("5");
            assertThat(response.body()).doesNotContain("hunter2");
        }
    }
}
