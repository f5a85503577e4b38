package net.adtelligent.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Drives every route into every outcome it has and checks the document both ways: each status seen
 * is documented for its operation with the media type actually sent, and each documented status
 * was seen. A new outcome in code, or a promise in the document nothing keeps, fails here.
 */
class OpenApiStatusTest {

    /** Documented as a safety net on routes that touch no store, but nothing in a test can provoke them. */
    private static final Set<String> UNPROVOKABLE = Set.of("GET /api/health/ 500", "GET /openapi.json 500");

    private final FailingTenantStore store = new FailingTenantStore();
    private final FixedProbe database = new FixedProbe("database", true);
    private final OpenApi document = new OpenApi(OpenApiDocument.read());

    @Test
    void everyRouteOutcome_isDocumented_andEveryDocumentedOutcomeHappens() {
        List<HttpResponse<String>> seen = new ArrayList<>();
        try (TestApi api = TestApi.start(store, core -> core.healthProbe(database))) {
            drive(api, seen);
        }

        Map<String, Set<String>> observed = new TreeMap<>();
        for (HttpResponse<String> response : seen) {
            String method = response.request().method();
            String path = response.request().uri().getRawPath();
            String operation = document.operationOf(method, path).orElseThrow(() ->
                    new AssertionError("undocumented route answered: " + method + " " + path));
            String status = String.valueOf(response.statusCode());
            String where = method + " " + path + " -> " + status;
            assertThat(document.statuses(operation)).as(where).contains(status);
            assertThat(document.response(operation, response.statusCode()).path("content").has(TestApi.contentType(response)))
                    .as(where + " as " + TestApi.contentType(response)).isTrue();
            assertThat(response.headers().firstValue(RequestIds.HEADER)).as(where).isPresent();
            observed.computeIfAbsent(operation, key -> new TreeSet<>()).add(status);
        }
        document.operations().keySet().forEach(operation -> {
            Set<String> expected = new TreeSet<>(document.statuses(operation));
            expected.removeIf(status -> UNPROVOKABLE.contains(operation + " " + status));
            assertThat(observed.getOrDefault(operation, Set.of())).as(operation).isEqualTo(expected);
        });
    }

    private void drive(TestApi api, List<HttpResponse<String>> seen) {
        String big = "{\"display_name\": \"" + "x".repeat((int) TestApi.MAX_BODY_BYTES) + "\"}";
        seen.add(api.register("acme"));
        seen.add(api.register("acme"));
        seen.add(api.post("/api/tenants/", "{\"slug\": 5}"));
        seen.add(api.post("/api/tenants/", big));
        seen.add(api.send(api.request("/api/tenants/").header("Content-Type", "text/plain")
                .POST(BodyPublishers.ofString(TestApi.draft("other")))));

        seen.add(api.get("/api/tenants/"));
        seen.add(api.get("/api/tenants/?limit=0"));

        seen.add(api.get("/api/tenants/acme/"));
        seen.add(api.get("/api/tenants/nobody/"));
        seen.add(api.get("/api/tenants/a%00b/"));

        seen.add(api.patch("/api/tenants/acme/", "{\"display_name\": \"Acme Group\"}"));
        seen.add(api.patch("/api/tenants/acme/", "{\"slug\": \"other\"}"));
        seen.add(api.patch("/api/tenants/nobody/", "{}"));
        seen.add(api.patch("/api/tenants/acme/", big));
        seen.add(api.send(api.request("/api/tenants/acme/").method("PATCH", BodyPublishers.ofString("{}"))));
        seen.add(api.patch("/api/tenants/acme/", "{\"status\": \"suspended\"}"));
        seen.add(api.patch("/api/tenants/acme/", "{\"display_name\": \"Renamed While Suspended\"}"));

        seen.add(api.get("/api/health/"));
        database.up.set(false);
        seen.add(api.get("/api/health/"));
        seen.add(api.get("/openapi.json"));

        store.failing.set(true);
        seen.add(api.register("broken"));
        seen.add(api.get("/api/tenants/"));
        seen.add(api.get("/api/tenants/acme/"));
        seen.add(api.patch("/api/tenants/acme/", "{}"));
    }
}
