package net.adtelligent.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import net.adtelligent.adapters.http.operations.OpenApiDocument;
import org.junit.jupiter.api.Test;

/**
 * Drives every route into every outcome it has ({@link StatusDrive}) and checks the document both
 * ways: each status seen is documented for its operation with the media type actually sent, and
 * each documented status was seen. A new outcome in code, or a promise in the document nothing
 * keeps, fails here.
 */
class OpenApiStatusTest {

    /** Documented as a safety net, but nothing in a test can provoke them. */
    private static final Set<String> UNPROVOKABLE = Set.of(
            "GET /api/health/ 500",
            "GET /api/health/live/ 500",
            "GET /api/health/ready/ 500",
            "GET /openapi.json 500",
            // The catalog is the domain's data: no store, nothing outside to fail.
            "GET /api/connectors/ 500",
            // The drift check reads data the process holds: nothing outside to fail.
            "GET /api/permissions/drift/ 500",
            // dbt's files are read where every failure is the state unknown, never an exception.
            "GET /api/health/dbt/ 500",
            // The work happens after the 202, in the background: a failing store cannot reach the answer.
            "POST /api/auth/password-reset/ 500",
            // The same: deliveries are recorded after their 202.
            "POST /api/airbyte/webhook/ 500",
            "POST /api/airbyte/webhook/{secret}/ 500");

    private final OpenApi document = new OpenApi(OpenApiDocument.read());

    @Test
    void everyRouteOutcome_isDocumented_andEveryDocumentedOutcomeHappens() {
        Map<String, Set<String>> observed = new TreeMap<>();
        for (HttpResponse<String> response : StatusDrive.run()) {
            String method = response.request().method();
            String path = response.request().uri().getRawPath();
            String operation = document.operationOf(method, path).orElseThrow(() ->
                    new AssertionError("undocumented route answered: " + method + " " + path));
            String status = String.valueOf(response.statusCode());
            String where = method + " " + path + " -> " + status;
            assertThat(document.statuses(operation)).as(where).contains(status);
            String mediaType = TestApi.contentType(response).split(";")[0].strip();
            // No content: nothing, not modified, or a redirect (the browser follows its Location).
            if (response.statusCode() == 204 || response.statusCode() == 304 || response.statusCode() == 303) {
                assertThat(document.response(operation, response.statusCode()).has("content")).as(where).isFalse();
                assertThat(response.body()).as(where).isEmpty();
            } else {
                assertThat(document.response(operation, response.statusCode()).path("content").has(mediaType))
                        .as(where + " as " + mediaType).isTrue();
            }
            document.response(operation, response.statusCode()).path("headers").properties().forEach(header -> {
                boolean required = document.resolve(header.getValue()).path("required").asBoolean();
                if (required) {
                    assertThat(response.headers().firstValue(header.getKey())).as(where + " header " + header.getKey()).isPresent();
                }
            });
            observed.computeIfAbsent(operation, key -> new TreeSet<>()).add(status);
        }
        document.operations().keySet().forEach(operation -> {
            Set<String> expected = new TreeSet<>(document.statuses(operation));
            expected.removeIf(status -> UNPROVOKABLE.contains(operation + " " + status));
            assertThat(observed.getOrDefault(operation, Set.of())).as(operation).isEqualTo(expected);
        });
    }
}
