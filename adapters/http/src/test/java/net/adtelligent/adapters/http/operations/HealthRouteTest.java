package net.adtelligent.adapters.http.operations;

import static net.adtelligent.adapters.http.TestApi.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import net.adtelligent.adapters.http.TestApi;
import net.adtelligent.ports.out.ComponentHealth;
import net.adtelligent.ports.out.HealthProbe;
import org.junit.jupiter.api.Test;

class HealthRouteTest {

    @Test
    void health_givenEveryComponentUp_answers200Up() {
        try (TestApi api = TestApi.withCore(core -> core.healthProbe(new FixedProbe("database", true)))) {
            HttpResponse<String> response = api.get("/api/health/");

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(json(response).toString()).isEqualTo(
                    "{\"status\":\"up\",\"components\":{\"database\":{\"status\":\"up\",\"detail\":\"answers\"}}}");
        }
    }

    @Test
    void health_givenOneComponentDown_answers503Down() {
        try (TestApi api = TestApi.withCore(core -> core
                .healthProbe(new FixedProbe("database", true))
                .healthProbe(new FixedProbe("airbyte", false)))) {
            HttpResponse<String> response = api.get("/api/health/");

            assertThat(response.statusCode()).isEqualTo(503);
            assertThat(json(response).path("status").asText()).isEqualTo("down");
            assertThat(json(response).path("components").path("database").path("status").asText()).isEqualTo("up");
            assertThat(json(response).path("components").path("airbyte").path("status").asText()).isEqualTo("down");
        }
    }

    @Test
    void health_givenProbeThatThrows_answers503WithoutTheExceptionText() {
        HealthProbe broken = new HealthProbe() {
            @Override
            public String component() {
                return "database";
            }

            @Override
            public ComponentHealth probe() {
                throw new IllegalStateException("password=hunter2 rejected");
            }
        };
        try (TestApi api = TestApi.withCore(core -> core.healthProbe(broken))) {
            HttpResponse<String> response = api.get("/api/health/");

            assertThat(response.statusCode()).isEqualTo(503);
            assertThat(response.body()).doesNotContain("hunter2");
        }
    }

    @Test
    void health_givenTwoProbesOfOneComponentDisagreeing_reportsItDown() {
        try (TestApi api = TestApi.withCore(core -> core
                .healthProbe(new FixedProbe("database", false))
                .healthProbe(new FixedProbe("database", true)))) {
            HttpResponse<String> response = api.get("/api/health/");

            assertThat(response.statusCode()).isEqualTo(503);
            assertThat(json(response).path("components").path("database").path("status").asText()).isEqualTo("down");
        }
    }
}
