package net.adtelligent.adapters.http.tenants;

import static net.adtelligent.adapters.http.TestApi.contentType;
import static net.adtelligent.adapters.http.TestApi.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import net.adtelligent.adapters.http.TestApi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TenantRegistrationTest {

    private TestApi api;

    @BeforeEach
    void start() {
        api = TestApi.start();
    }

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void register_givenValidDraft_answers201WithTenantAndLocation() {
        HttpResponse<String> response = api.post("/api/tenants/", """
                {"slug": "acme", "display_name": "  Acme Agency ", "reporting_currency": "EUR",
                 "reporting_time_zone": "Europe/Berlin"}""");

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(contentType(response)).isEqualTo("application/json");
        assertThat(response.headers().firstValue("Location")).contains("/api/tenants/acme/");
        JsonNode tenant = json(response);
        assertThat(tenant.path("id").asText()).matches("[0-9a-f-]{36}");
        assertThat(tenant.path("slug").asText()).isEqualTo("acme");
        assertThat(tenant.path("display_name").asText()).isEqualTo("Acme Agency");
        assertThat(tenant.path("reporting_currency").asText()).isEqualTo("EUR");
        assertThat(tenant.path("reporting_time_zone").asText()).isEqualTo("Europe/Berlin");
        assertThat(tenant.path("status").asText()).isEqualTo("active");
        assertThat(tenant.path("created_at").asText()).isEqualTo("2026-11-26T10:15:30.123456Z");
        assertThat(tenant.path("updated_at").asText()).isEqualTo("2026-11-26T10:15:30.123456Z");
        assertThat(api.get("/api/tenants/acme/").statusCode()).isEqualTo(200);
    }

    @Test
    void register_givenTakenSlug_answers409SlugTaken() {
        api.register("acme");

        HttpResponse<String> response = api.register("acme");

        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(contentType(response)).isEqualTo("application/problem+json");
        assertThat(json(response).path("type").asText()).isEqualTo("https://adtelligent.net/problems/slug-taken");
        assertThat(json(response).path("detail").asText()).contains("acme");
    }

    @Test
    void register_givenEveryFieldInvalid_answers400NamingEachField() {
        HttpResponse<String> response = api.post("/api/tenants/", """
                {"slug": "A", "display_name": " ", "reporting_currency": "eur", "reporting_time_zone": "+02:00"}""");

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode problem = json(response);
        assertThat(problem.path("type").asText()).isEqualTo("https://adtelligent.net/problems/validation");
        assertThat(problem.path("title").asText()).isNotBlank();
        assertThat(problem.path("status").asInt()).isEqualTo(400);
        assertThat(problem.path("errors").findValuesAsText("field"))
                .containsExactlyInAnyOrder("slug", "display_name", "reporting_currency", "reporting_time_zone");
        assertThat(problem.path("errors").findValuesAsText("reason")).allSatisfy(reason -> assertThat(reason).isNotBlank());
    }

    @Test
    void register_givenMissingFields_answers400SayingTheyAreRequired() {
        HttpResponse<String> response = api.post("/api/tenants/", "{\"slug\": \"acme\"}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).path("errors").toString())
                .contains("{\"field\":\"display_name\",\"reason\":\"is required\"}");
    }

    @Test
    void register_givenWrongJsonTypes_answers400NamingTheField() {
        HttpResponse<String> response = api.post("/api/tenants/", """
                {"slug": 5, "display_name": ["x"], "reporting_currency": null, "reporting_time_zone": "UTC"}""");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).path("errors").toString())
                .contains("{\"field\":\"slug\",\"reason\":\"must be a string\"}")
                .contains("{\"field\":\"display_name\",\"reason\":\"must be a string\"}")
                .contains("{\"field\":\"reporting_currency\",\"reason\":\"must be a string\"}");
    }

    @Test
    void register_givenUnknownField_answers400NamingItAndStoresNothing() {
        HttpResponse<String> response = api.post("/api/tenants/", """
                {"slug": "acme", "display_name": "Acme", "reporting_currency": "EUR",
                 "reporting_time_zone": "Europe/Berlin", "plan": "gold"}""");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).path("errors").toString())
                .isEqualTo("[{\"field\":\"plan\",\"reason\":\"is not a known field\"}]");
        assertThat(api.get("/api/tenants/acme/").statusCode()).isEqualTo(404);
    }

    @Test
    void register_givenUnpairedSurrogate_answers400InsteadOfFailingToWriteIt() {
        HttpResponse<String> response = api.post("/api/tenants/", """
                {"slug": "acme", "display_name": "Acme \\ud800", "reporting_currency": "EUR",
                 "reporting_time_zone": "Europe/Berlin"}""");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).path("errors").findValuesAsText("field")).containsExactly("display_name");
    }
}
