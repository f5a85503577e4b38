package net.adtelligent.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import net.adtelligent.adapters.http.operations.OpenApiDocument;
import org.junit.jupiter.api.Test;

/**
 * Every answer of every documented route, in every outcome {@link StatusDrive} reaches, and the
 * answers to no route at all: none may be kept by a cache, sniffed into another type, or leak a
 * Referer. Only the conditional-GET routes may be kept, privately, and only to be revalidated.
 */
class SecurityHeadersTest {

    /** Their ETag is only of use to a client that keeps the body (ConditionalGet). */
    private static final Set<String> REVALIDATED = Set.of("GET /api/tenants/{slug}/metrics/combined/",
            "GET /api/tenants/{slug}/snapshots/latest/");

    private final OpenApi document = new OpenApi(OpenApiDocument.read());

    @Test
    void everyAnswer_ofEveryDocumentedRoute_isNotStoredSniffedOrReferred() {
        Set<String> walked = new TreeSet<>();
        for (HttpResponse<String> response : StatusDrive.run()) {
            String operation = document.operationOf(response.request().method(), response.request().uri().getRawPath())
                    .orElseThrow();
            walked.add(operation);
            String where = operation + " -> " + response.statusCode();
            assertThat(TestApi.header(response, "X-Content-Type-Options")).as(where).isEqualTo("nosniff");
            assertThat(TestApi.header(response, "Referrer-Policy")).as(where).isEqualTo("no-referrer");
            assertThat(TestApi.header(response, "Content-Security-Policy")).as(where)
                    .isEqualTo(SecurityHeaders.CONTENT_SECURITY_POLICY);
            boolean revalidated = REVALIDATED.contains(operation) && (response.statusCode() == 200 || response.statusCode() == 304);
            assertThat(TestApi.header(response, "Cache-Control")).as(where)
                    .isEqualTo(revalidated ? "private, no-cache" : "no-store");
        }
        assertThat(walked).isEqualTo(document.operations().keySet());
    }

    @Test
    void answers_givenNoRouteOrRefusedByJetty_carryTheSameHeaders() {
        try (TestApi api = TestApi.start()) {
            List<HttpResponse<String>> answers = new ArrayList<>();
            answers.add(api.get("/api/no-such-route/"));
            answers.add(api.send(api.request("/api/tenants/").DELETE()));
            answers.add(api.anonymous().get("/api/tenants/"));
            answers.add(api.get("/api/tenants/a%00b/"));
            answers.add(api.send(api.request("/api/tenants/").header("Content-Type", "application/json")
                    .header("X-Big", "x".repeat(64 * 1_024)).POST(BodyPublishers.ofString("{}"))));
            for (HttpResponse<String> response : answers) {
                String where = response.request().uri() + " -> " + response.statusCode();
                assertThat(TestApi.header(response, "Cache-Control")).as(where).isEqualTo("no-store");
                assertThat(TestApi.header(response, "X-Content-Type-Options")).as(where).isEqualTo("nosniff");
                assertThat(TestApi.header(response, "Referrer-Policy")).as(where).isEqualTo("no-referrer");
                assertThat(TestApi.header(response, "Content-Security-Policy")).as(where)
                        .isEqualTo(SecurityHeaders.CONTENT_SECURITY_POLICY);
            }
        }
    }
}
