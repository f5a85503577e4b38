package net.adtelligent.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import io.javalin.router.Endpoint;
import io.javalin.testtools.JavalinTest;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import net.adtelligent.application.Adtelligent;
import net.adtelligent.memory.InMemoryTenantStore;
import org.junit.jupiter.api.Test;

/**
 * The document and the server must describe the same API. Served routes are read from Javalin's
 * own router after start, so a route registered any other way than through {@link Routes} is
 * caught too.
 */
class OpenApiRoutesTest {

    private final Adtelligent core = Adtelligent.builder().tenantStore(new InMemoryTenantStore()).build();

    @Test
    void servedRoutes_equalTheDocumentedOperations() {
        Javalin app = HttpApp.create(core, new HttpSettings("127.0.0.1", 0, 1_000));
        JavalinTest.test(app, (server, client) -> {
            Set<String> served = server.unsafe.internalRouter.allHttpHandlers().stream()
                    .map(parsed -> parsed.endpoint)
                    .filter(endpoint -> endpoint.method.isHttpMethod())
                    .map(OpenApiRoutesTest::key)
                    .collect(Collectors.toCollection(TreeSet::new));
            JsonNode document = Json.mapper().readTree(client.get("/openapi.json").body().string());

            assertThat(served).isNotEmpty().isEqualTo(new TreeSet<>(new OpenApi(document).operations().keySet()));
        });
    }

    @Test
    void everyDocumentedResponse_promisesARequestIdAndProblemJsonForErrors() {
        OpenApi api = new OpenApi(OpenApiDocument.read());
        api.operations().forEach((operation, definition) -> definition.path("responses").fieldNames().forEachRemaining(code -> {
            JsonNode response = api.response(operation, Integer.parseInt(code));
            String where = operation + " " + code;
            assertThat(response.path("headers").has("X-Request-ID")).as(where).isTrue();
            Set<String> mediaTypes = new TreeSet<>();
            response.path("content").fieldNames().forEachRemaining(mediaTypes::add);
            boolean healthReport = operation.equals("GET /api/health/") && code.equals("503");
            String expected = code.startsWith("2") || healthReport ? "application/json" : "application/problem+json";
            assertThat(mediaTypes).as(where).containsExactly(expected);
        }));
    }

    @Test
    void everyRequestBody_isDocumentedAsRequiredJson() {
        OpenApi api = new OpenApi(OpenApiDocument.read());
        api.operations().forEach((operation, definition) -> {
            if (operation.startsWith("POST ") || operation.startsWith("PATCH ")) {
                assertThat(definition.path("requestBody").path("required").asBoolean()).as(operation).isTrue();
                assertThat(definition.path("requestBody").path("content").has("application/json")).as(operation).isTrue();
                assertThat(api.statuses(operation)).as(operation).contains("413", "415");
            }
        });
    }

    private static String key(Endpoint endpoint) {
        return endpoint.method.name() + " " + endpoint.path;
    }
}
