package net.adtelligent.adapters.http.web;

import static net.adtelligent.adapters.http.TestApi.contentType;
import static net.adtelligent.adapters.http.TestApi.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import net.adtelligent.adapters.http.TestApi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RequestBodyTest {

    private final TestApi api = TestApi.start();

    @AfterEach
    void stop() {
        api.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"slug\": ", "{} {}", "{\"slug\": \"a\", \"slug\": \"b\"}", "nonsense"})
    void post_givenMalformedJson_answers400MalformedBody(String body) {
        HttpResponse<String> response = api.post("/api/tenants/", body);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(contentType(response)).isEqualTo("application/problem+json");
        assertThat(json(response).path("type").asText()).isEqualTo("https://adtelligent.net/problems/malformed-body");
    }

    @ParameterizedTest
    @ValueSource(strings = {"[]", "\"acme\"", "42", "null", ""})
    void post_givenBodyThatIsNotAnObject_answers400(String body) {
        HttpResponse<String> response = api.post("/api/tenants/", body);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).path("detail").asText()).contains("JSON object");
    }

    @Test
    void post_givenHundredsOfUnknownFields_listsAHundredAndCountsTheRest() {
        StringBuilder body = new StringBuilder("{");
        for (int i = 0; i < 300; i++) {
            body.append("\"f").append(i).append("\":0,");
        }
        body.setCharAt(body.length() - 1, '}');

        HttpResponse<String> response = api.post("/api/tenants/", body.toString());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).path("errors")).hasSize(Problem.MAX_LISTED);
        assertThat(json(response).path("errors").get(0).path("field").asText()).isEqualTo("f0");
        int all = 300;
        assertThat(json(response).path("detail").asText())
                .isEqualTo(all + " fields are invalid; the first 100 are listed, " + (all - 100) + " more are not");
    }

    @Test
    void post_givenAFewInvalidFields_listsEveryOneAndOnlyCountsThem() {
        HttpResponse<String> response = api.post("/api/tenants/", "{\"slug\": 5, \"extra\": 1}");

        assertThat(json(response).path("detail").asText()).doesNotContain("listed");
        assertThat(json(response).path("errors").size()).isEqualTo(
                Integer.parseInt(json(response).path("detail").asText().split(" ")[0]));
    }

    @Test
    void post_givenNoContentType_answers415() {
        HttpResponse<String> response = api.send(api.request("/api/tenants/")
                .POST(BodyPublishers.ofString(TestApi.draft("acme"))));

        assertThat(response.statusCode()).isEqualTo(415);
        assertThat(contentType(response)).isEqualTo("application/problem+json");
        assertThat(api.get("/api/tenants/acme/").statusCode()).isEqualTo(404);
    }

    @Test
    void patch_givenTextPlain_answers415() {
        api.register("acme");

        HttpResponse<String> response = api.send(api.request("/api/tenants/acme/")
                .header("Content-Type", "text/plain")
                .method("PATCH", BodyPublishers.ofString("{\"display_name\": \"X\"}")));

        assertThat(response.statusCode()).isEqualTo(415);
    }

    @Test
    void post_givenJsonWithCharsetParameter_isAccepted() {
        HttpResponse<String> response = api.send(api.request("/api/tenants/")
                .header("Content-Type", "Application/JSON; charset=UTF-8")
                .POST(BodyPublishers.ofString(TestApi.draft("acme"))));

        assertThat(response.statusCode()).isEqualTo(201);
    }

    @Test
    void post_givenContentLengthOverLimit_answers413() {
        HttpResponse<String> response = api.post("/api/tenants/", oversizedDraft());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(contentType(response)).isEqualTo("application/problem+json");
        assertThat(json(response).path("detail").asText()).contains(String.valueOf(TestApi.MAX_BODY_BYTES));
    }

    @Test
    void post_givenChunkedBodyOverLimit_answers413() {
        byte[] body = oversizedDraft().getBytes(StandardCharsets.UTF_8);

        // No length known up front: the client sends it chunked, so the limit must hold while reading.
        HttpResponse<String> response = api.send(api.request("/api/tenants/")
                .header("Content-Type", "application/json")
                .POST(BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(api.get("/api/tenants/acme/").statusCode()).isEqualTo(404);
    }

    @Test
    void post_givenChunkedBodyUnderLimit_isAccepted() {
        byte[] body = TestApi.draft("acme").getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> response = api.send(api.request("/api/tenants/")
                .header("Content-Type", "application/json")
                .POST(BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))));

        assertThat(response.statusCode()).isEqualTo(201);
    }

    @Test
    void patch_givenBodyOverLimit_answers413() {
        api.register("acme");

        HttpResponse<String> response = api.patch("/api/tenants/acme/",
                "{\"display_name\": \"" + "x".repeat((int) TestApi.MAX_BODY_BYTES) + "\"}");

        assertThat(response.statusCode()).isEqualTo(413);
    }

    private static String oversizedDraft() {
        return """
                {"slug": "acme", "display_name": "%s", "reporting_currency": "EUR", "reporting_time_zone": "UTC"}
                """.formatted("x".repeat((int) TestApi.MAX_BODY_BYTES));
    }
}
