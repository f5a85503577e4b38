package net.adtelligent.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import io.javalin.router.Endpoint;
import io.javalin.testtools.JavalinTest;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import net.adtelligent.adapters.http.identity.Throttle;
import net.adtelligent.adapters.http.operations.AppMetricsHandler;
import net.adtelligent.adapters.http.operations.OpenApiDocument;
import net.adtelligent.adapters.http.uploads.UploadBody;
import net.adtelligent.adapters.http.web.BackgroundWork;
import net.adtelligent.adapters.http.web.Json;
import net.adtelligent.adapters.http.web.JsonBody;
import net.adtelligent.testing.TestCore;
import org.junit.jupiter.api.Test;

/**
 * The document and the server must describe the same API. Served routes are read from Javalin's
 * own router after start, so a route registered any other way than through {@link Routes} is
 * caught too; which of them are open without a token is compared with the document's security.
 */
class OpenApiRoutesTest {

    /** POST, PUT and PATCH operations that take no body: the path says everything. */
    private static final Set<String> BODILESS_WRITES = Set.of("POST /api/tenants/{slug}/uploads/{upload_id}/commit/",
            "POST /api/tenants/{slug}/snapshots/", "POST /api/tenants/{slug}/connections/{connection_id}/pause/",
            "POST /api/tenants/{slug}/connections/{connection_id}/resume/",
            "POST /api/tenants/{slug}/connections/oauth/{platform}/start/",
            "POST /api/tenants/{slug}/connections/{connection_id}/sync/",
            "POST /api/tenants/{slug}/alerts/{alert_id}/acknowledge/",
            // The console's session cookie and CSRF header are the whole request.
            "POST /api/console/session/refresh/");
    /**
     * Served, but on purpose not in the public document: operational routes for a scraper, behind a
     * token of their own. Named one by one, so a user-facing route can never hide among them.
     */
    private static final Set<String> OPERATIONAL = Set.of("GET " + AppMetricsHandler.PATH);

    private final TestCore test = new TestCore();
    private final OpenApi api = new OpenApi(OpenApiDocument.read());

    @Test
    void servedRoutes_equalTheDocumentedOperations() {
        try (BackgroundWork background = new BackgroundWork()) {
            Javalin app = HttpApp.create(test.core.userPorts(), new HttpSettings("127.0.0.1", 0, 1_000), Clock.systemUTC(),
                    background);
            JavalinTest.test(app, (server, client) -> {
                Set<String> served = server.unsafe.internalRouter.allHttpHandlers().stream()
                        .map(parsed -> parsed.endpoint)
                        .filter(endpoint -> endpoint.method.isHttpMethod())
                        .map(OpenApiRoutesTest::key)
                        .collect(Collectors.toCollection(TreeSet::new));
                JsonNode document = Json.mapper().readTree(client.get("/openapi.json").body().string());

                // HEAD mirrors each GET (HttpApp), as HTTP implies: the document lists the GET alone.
                Set<String> heads = served.stream().filter(key -> key.startsWith("HEAD ")).collect(Collectors.toSet());
                Set<String> gets = served.stream().filter(key -> key.startsWith("GET ")).collect(Collectors.toSet());
                assertThat(heads.stream().map(key -> "GET " + key.substring(5))).containsExactlyInAnyOrderElementsOf(gets);
                served.removeAll(heads);
                assertThat(served).containsAll(OPERATIONAL);
                served.removeAll(OPERATIONAL);
                assertThat(served).isNotEmpty().isEqualTo(new TreeSet<>(new OpenApi(document).operations().keySet()));
            });
        }
    }

    @Test
    void openRoutes_areExactlyTheOperationsDocumentedWithoutSecurity() {
        try (BackgroundWork background = new BackgroundWork()) {
            Set<String> open = Routes.of(test.core.userPorts(), new JsonBody(1_000), new UploadBody(1_000),
                            new Throttle(Throttling.defaults(), Clock.systemUTC()), background,
                            AppMetricsHandler.onApi(Optional.empty(), Optional.empty()), Optional.empty()).all().stream()
                    .filter(Routes.Route::open)
                    .map(route -> route.method().name() + " " + route.path())
                    .collect(Collectors.toCollection(TreeSet::new));

            assertThat(open).containsAll(OPERATIONAL);
            open.removeAll(OPERATIONAL);
            assertThat(api.document().path("security").toString()).isEqualTo("[{\"bearer\":[]}]");
            assertThat(open).contains("POST /api/auth/login/", "GET /api/health/").isEqualTo(api.openOperations());
        }
    }

    @Test
    void everyDocumentedResponse_promisesARequestIdAndTheRightMediaTypesAndHeaders() {
        api.operations().forEach((operation, definition) -> definition.path("responses").fieldNames().forEachRemaining(code -> {
            JsonNode response = api.response(operation, Integer.parseInt(code));
            String where = operation + " " + code;
            assertThat(response.path("headers").has("X-Request-ID")).as(where).isTrue();
            Set<String> mediaTypes = new TreeSet<>();
            response.path("content").fieldNames().forEachRemaining(mediaTypes::add);
            if (code.equals("204") || code.equals("304") || code.equals("303")) {
                assertThat(mediaTypes).as(where).isEmpty();
            } else if (operation.equals("GET /api/tenants/{slug}/audit/") && code.equals("200")) {
                assertThat(mediaTypes).as(where).containsExactly("application/json", "text/csv");
            } else {
                boolean healthReport = (operation.equals("GET /api/health/") || operation.equals("GET /api/health/ready/"))
                        && code.equals("503");
                String expected = code.startsWith("2") || healthReport ? "application/json" : "application/problem+json";
                assertThat(mediaTypes).as(where).containsExactly(expected);
            }
            if (code.equals("401")) {
                assertThat(response.path("headers").has("WWW-Authenticate")).as(where).isTrue();
            }
            if (code.equals("429")) {
                assertThat(response.path("headers").has("Retry-After")).as(where).isTrue();
            }
        }));
    }

    @Test
    void everySecuredOperation_documents401() {
        api.operations().keySet().stream()
                .filter(operation -> !api.openOperations().contains(operation))
                .forEach(operation -> assertThat(api.statuses(operation)).as(operation).contains("401"));
    }

    @Test
    void everyRequestBody_isDocumentedAsRequiredWithAnExample() {
        api.operations().forEach((operation, definition) -> {
            JsonNode body = definition.path("requestBody");
            if (body.isMissingNode()) {
                if (operation.startsWith("POST ") || operation.startsWith("PUT ") || operation.startsWith("PATCH ")) {
                    assertThat(operation).as("a write without a body").isIn(BODILESS_WRITES);
                }
                return;
            }
            assertThat(body.path("required").asBoolean()).as(operation).isTrue();
            // The isolation test sends the first example: it must be a body the route accepts.
            assertThat(api.exampleBody(operation)).as(operation).hasValueSatisfying(example ->
                    assertThat(example.text()).isNotEmpty());
            JsonNode json = body.path("content").path("application/json");
            assertThat(json.isMissingNode() || json.path("example").isObject()).as(operation).isTrue();
            assertThat(api.statuses(operation)).as(operation).contains("413", "415");
        });
    }

    private static String key(Endpoint endpoint) {
        return endpoint.method.name() + " " + endpoint.path;
    }
}
