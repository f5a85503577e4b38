package net.adtelligent.adapters.http.tenants;

import static net.adtelligent.adapters.http.TestApi.contentType;
import static net.adtelligent.adapters.http.TestApi.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import net.adtelligent.adapters.http.TestApi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TenantChangeTest {

    private TestApi api;

    @BeforeEach
    void start() {
        api = TestApi.start();
        api.register("acme");
    }

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void show_givenRegisteredSlug_answers200WithTenant() {
        HttpResponse<String> response = api.get("/api/tenants/acme/");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).path("display_name").asText()).isEqualTo("Agency acme");
    }

    @Test
    void show_givenUnknownSlug_answers404Problem() {
        HttpResponse<String> response = api.get("/api/tenants/nobody/");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(contentType(response)).isEqualTo("application/problem+json");
        assertThat(json(response).path("type").asText()).isEqualTo("https://adtelligent.net/problems/tenant-not-found");
    }

    @Test
    void change_givenDisplayName_answers200WithRenamedTenant() {
        HttpResponse<String> response = api.patch("/api/tenants/acme/", "{\"display_name\": \"Acme Group\"}");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).path("display_name").asText()).isEqualTo("Acme Group");
        assertThat(json(api.get("/api/tenants/acme/")).path("display_name").asText()).isEqualTo("Acme Group");
    }

    @Test
    void change_givenStatusSuspended_answers200WithSuspendedTenant() {
        HttpResponse<String> response = api.patch("/api/tenants/acme/", "{\"status\": \"suspended\"}");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).path("status").asText()).isEqualTo("suspended");
    }

    @Test
    void change_givenRenameOfSuspendedTenant_answers409() {
        api.patch("/api/tenants/acme/", "{\"status\": \"suspended\"}");

        HttpResponse<String> response = api.patch("/api/tenants/acme/", "{\"display_name\": \"Other\"}");

        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(json(response).path("type").asText()).isEqualTo("https://adtelligent.net/problems/tenant-suspended");
    }

    @Test
    void change_givenReactivationWithRename_answers200() {
        api.patch("/api/tenants/acme/", "{\"status\": \"suspended\"}");

        HttpResponse<String> response = api.patch("/api/tenants/acme/",
                "{\"status\": \"active\", \"display_name\": \"Back Again\"}");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).path("display_name").asText()).isEqualTo("Back Again");
    }

    @Test
    void change_givenFixedFields_answers400SayingTheyCannotBeChanged() {
        HttpResponse<String> response = api.patch("/api/tenants/acme/",
                "{\"slug\": \"other\", \"reporting_currency\": \"USD\", \"display_name\": \"Fine\"}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).path("errors").toString())
                .contains("{\"field\":\"slug\",\"reason\":\"cannot be changed\"}")
                .contains("{\"field\":\"reporting_currency\",\"reason\":\"cannot be changed\"}");
        assertThat(json(api.get("/api/tenants/acme/")).path("display_name").asText()).isEqualTo("Agency acme");
    }

    @Test
    void change_givenUnknownField_answers400NamingIt() {
        HttpResponse<String> response = api.patch("/api/tenants/acme/", "{\"colour\": \"red\"}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).path("errors").toString())
                .isEqualTo("[{\"field\":\"colour\",\"reason\":\"is not a known field\"}]");
    }

    @Test
    void change_givenUnknownStatus_answers400NamingStatus() {
        HttpResponse<String> response = api.patch("/api/tenants/acme/", "{\"status\": \"gone\"}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).path("errors").toString())
                .isEqualTo("[{\"field\":\"status\",\"reason\":\"must be one of: active, suspended\"}]");
    }

    @Test
    void change_givenUnknownSlug_answers404() {
        HttpResponse<String> response = api.patch("/api/tenants/nobody/", "{\"display_name\": \"X\"}");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(contentType(response)).isEqualTo("application/problem+json");
    }

    @Test
    void change_givenEmptyObject_answers200AndChangesNothing() {
        String before = api.get("/api/tenants/acme/").body();

        HttpResponse<String> response = api.patch("/api/tenants/acme/", "{}");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(before);
    }
}
