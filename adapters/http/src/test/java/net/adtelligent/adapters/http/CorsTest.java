package net.adtelligent.adapters.http;

import static net.adtelligent.adapters.http.TestApi.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.util.List;
import net.adtelligent.adapters.http.operations.OpenApiDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CorsTest {

    private static final String APP = "https://app.example.com";

    private final TestApi api = TestApi.start(settings -> settings.withCorsOrigins(List.of(APP, "http://localhost:5173")));

    @AfterEach
    void stop() {
        api.close();
    }

    private HttpResponse<String> preflight(String origin) {
        return api.send(api.anonymous().request("/api/tenants/").header("Origin", origin)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization, content-type")
                .method("OPTIONS", BodyPublishers.noBody()));
    }

    private static List<String> corsHeaders(HttpResponse<?> response) {
        return response.headers().map().keySet().stream().filter(name -> name.toLowerCase().startsWith("access-control-")).toList();
    }

    @Test
    void request_givenAllowedOrigin_answersThatOriginWithCredentialsAndExposedHeaders() {
        HttpResponse<String> response = api.send(api.request("/api/tenants/").header("Origin", APP));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(header(response, "Access-Control-Allow-Origin")).isEqualTo(APP);
        assertThat(header(response, "Access-Control-Allow-Credentials")).isEqualTo("true");
        assertThat(header(response, "Access-Control-Expose-Headers")).contains("X-Request-ID", "Retry-After", "ETag");
        assertThat(header(response, "Vary")).isEqualTo("Origin");
    }

    @Test
    void refusal_givenAllowedOrigin_carriesCorsHeadersSoThePageCanReadIt() {
        HttpResponse<String> response = api.send(api.anonymous().request("/api/tenants/").header("Origin", APP));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(header(response, "Access-Control-Allow-Origin")).isEqualTo(APP);
    }

    @Test
    void request_givenUnknownOrigin_answersNoCorsHeaderAtAll() {
        HttpResponse<String> response = api.send(api.request("/api/tenants/").header("Origin", "https://evil.example"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(corsHeaders(response)).isEmpty();
        assertThat(header(response, "Vary")).isEqualTo("Origin");
    }

    @Test
    void preflight_givenAllowedOrigin_answers204WithMethodsHeadersAndMaxAge() {
        HttpResponse<String> response = preflight("http://localhost:5173");

        assertThat(response.statusCode()).isEqualTo(204);
        assertThat(response.body()).isEmpty();
        assertThat(header(response, "Access-Control-Allow-Origin")).isEqualTo("http://localhost:5173");
        assertThat(header(response, "Access-Control-Allow-Methods")).isEqualTo("GET, POST, PUT, PATCH, DELETE");
        assertThat(header(response, "Access-Control-Allow-Headers"))
                .isEqualTo("Authorization, Content-Type, X-Request-ID, If-None-Match");
        assertThat(header(response, "Access-Control-Max-Age")).isEqualTo("600");
    }

    @Test
    void preflightMethods_coverEveryMethodTheDocumentedApiServes() {
        List<String> allowed = List.of(Cors.ALLOW_METHODS.split(", "));

        new OpenApi(OpenApiDocument.read()).operations().keySet().forEach(operation ->
                assertThat(allowed).as(operation).contains(operation.substring(0, operation.indexOf(' '))));
    }

    @Test
    void preflight_givenUnknownOrigin_getsNoCorsHeaders() {
        HttpResponse<String> response = preflight("https://evil.example");

        assertThat(response.statusCode()).isNotEqualTo(204);
        assertThat(corsHeaders(response)).isEmpty();
    }

    @Test
    void request_givenNoOriginsConfigured_answersNoCorsHeaders() {
        try (TestApi plain = TestApi.start()) {
            HttpResponse<String> response = plain.send(plain.request("/api/tenants/").header("Origin", APP));

            assertThat(corsHeaders(response)).isEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"*", "null", "https://app.example.com/", "https://app.example.com/path", "app.example.com", "ftp://x.example"})
    void settings_givenWildcardOrNotAnOrigin_refuseToBeBuilt(String origin) {
        assertThatThrownBy(() -> HttpSettings.defaults("127.0.0.1", 0).withCorsOrigins(List.of(origin)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
