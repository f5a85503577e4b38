package net.adtelligent.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A request is what its request line says: no header turns a POST into a PATCH or a DELETE. */
class MethodOverrideTest {

    private static final String RENAME = "{\"display_name\": \"Renamed by override\"}";

    private final TestApi api = TestApi.start();

    MethodOverrideTest() {
        api.register("acme");
    }

    @AfterEach
    void stop() {
        api.close();
    }

    private HttpResponse<String> post(String path, String header, String method, String body) {
        return api.send(api.request(path).header("Content-Type", "application/json").header(header, method)
                .POST(BodyPublishers.ofString(body)));
    }

    @Test
    void post_givenAnOverrideToPatch_answersAsAPostAndRenamesNothing() {
        HttpResponse<String> plain = api.post("/api/tenants/acme/", RENAME);

        for (String header : MethodOverrides.HEADERS) {
            HttpResponse<String> overridden = post("/api/tenants/acme/", header, "PATCH", RENAME);

            assertThat(overridden.statusCode()).as(header).isEqualTo(plain.statusCode()).isEqualTo(405);
            assertThat(TestApi.header(overridden, "Allow")).as(header).isEqualTo(TestApi.header(plain, "Allow"));
        }
        assertThat(TestApi.json(api.get("/api/tenants/acme/")).path("display_name").asText()).isEqualTo("Agency acme");
    }

    @Test
    void post_givenAnOverrideToGet_stillCreatesTheTenant() {
        HttpResponse<String> response = post("/api/tenants/", "X-HTTP-Method-Override", "GET", TestApi.draft("beta"));

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(TestApi.json(response).path("slug").asText()).isEqualTo("beta");
    }
}
