package net.adtelligent.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.util.List;
import net.adtelligent.adapters.http.operations.OpenApiDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** HEAD is GET without the body: the same sign-in check, the same status, the same headers. */
class HeadRequestTest {

    private final TestApi api = TestApi.start();
    private final OpenApi document = new OpenApi(OpenApiDocument.read());
    private final String connection;

    HeadRequestTest() {
        api.register("acme");
        connection = TestApi.json(api.post("/api/tenants/acme/connections/",
                "{\"platform\": \"CSV\", \"external_account_id\": \"Shop export\"}")).path("id").asText();
    }

    @AfterEach
    void stop() {
        api.close();
    }

    private HttpResponse<String> head(TestApi as, String path) {
        return as.send(as.request(path).method("HEAD", BodyPublishers.noBody()));
    }

    /** Every signed-in GET of the document, with acme for the tenant and its required query parameters. */
    private List<String> signedInGets() {
        return document.operations().keySet().stream()
                .filter(operation -> operation.startsWith("GET ") && !document.openOperations().contains(operation))
                .filter(operation -> !operation.contains("{upload_id}") && !operation.contains("{setting}"))
                .toList();
    }

    private String path(String operation) {
        // A grant nobody started: GET and HEAD both find none.
        return operation.substring(4).replace("{slug}", "acme").replace("{connection_id}", connection)
                .replace("{grant_id}", "00000000-0000-4000-8000-000000000000") + document.exampleQuery(operation);
    }

    @Test
    void head_givenNoToken_answers401LikeGet() {
        assertThat(signedInGets()).contains("GET /api/tenants/", "GET /api/tenants/{slug}/audit/");
        for (String operation : signedInGets()) {
            HttpResponse<String> get = api.anonymous().get(path(operation));
            HttpResponse<String> head = head(api.anonymous(), path(operation));

            assertThat(head.statusCode()).as(operation).isEqualTo(get.statusCode()).isEqualTo(401);
            assertThat(TestApi.header(head, "WWW-Authenticate")).as(operation).isEqualTo(TestApi.header(get, "WWW-Authenticate"));
            assertThat(head.body()).as(operation).isEmpty();
        }
    }

    @Test
    void head_givenAValidToken_answersAsGetWithoutTheBody() {
        for (String operation : signedInGets()) {
            HttpResponse<String> get = api.get(path(operation));
            HttpResponse<String> head = head(api, path(operation));

            assertThat(head.statusCode()).as(operation).isEqualTo(get.statusCode());
            assertThat(head.body()).as(operation).isEmpty();
        }
    }
}
