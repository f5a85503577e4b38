package net.adtelligent.adapters.http.operations;

import static net.adtelligent.adapters.http.TestApi.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import net.adtelligent.adapters.http.TestApi;
import net.adtelligent.ports.out.ComponentHealth;
import net.adtelligent.ports.out.HealthProbe;
import org.junit.jupiter.api.Test;

class HealthRouteTest {

    private static final String TOKEN = "operators-metrics-token-0123456789";

    @Test
    void health_givenEveryComponentUpAndTheMetricsToken_answers200UpWithDetails() {
        try (TestApi api = TestApi.start(stores -> stores, core -> core.healthProbe(new FixedProbe("database", true)),
                settings -> settings.withMetricsToken(TOKEN))) {
            HttpResponse<String> response = api.send(api.request("/api/health/").setHeader("Authorization", "Bearer " + TOKEN));

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(json(response).toString()).isEqualTo("{\"status\":\"up\",\"time_zone\":\""
                    + java.time.ZoneId.systemDefault().getId() + "\",\"components\":{\"database\":{\"status\":\"up\",\"detail\":\"answers\"}}}");
        }
    }

    @Test
    void health_givenUserOrWrongTokenCaller_answersStatusesWithoutDetails() {
        try (TestApi api = TestApi.start(stores -> stores, core -> core.healthProbe(new FixedProbe("database", true)),
                settings -> settings.withMetricsToken(TOKEN))) {
            // A signed-in user's token is no operator's either.
            HttpResponse<String> anonymous = api.get("/api/health/");
            HttpResponse<String> guessing = api.send(api.request("/api/health/").setHeader("Authorization", "Bearer guess"));

            assertThat(anonymous.statusCode()).isEqualTo(200);
            assertThat(json(anonymous).toString()).isEqualTo("{\"status\":\"up\",\"time_zone\":\""
                    + java.time.ZoneId.systemDefault().getId() + "\",\"components\":{\"database\":{\"status\":\"up\"}}}");
            assertThat(json(guessing)).isEqualTo(json(anonymous));
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

    @Test
    void health_givenProbeThatHangs_answers503WithinASecondSayingItGaveNoAnswer() {
        CountDownLatch released = new CountDownLatch(1);
        HealthProbe hanging = new HealthProbe() {
            @Override
            public String component() {
                return "database";
            }

            @Override
            public ComponentHealth probe() {
                try {
                    released.await();
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                }
                return new ComponentHealth("database", true, "late");
            }
        };
        try (TestApi api = TestApi.start(stores -> stores, core -> core.healthProbe(hanging),
                settings -> settings.withMetricsToken(TOKEN))) {
            for (String path : new String[] {"/api/health/", "/api/health/ready/"}) {
                long start = System.nanoTime();
                HttpResponse<String> response = api.send(api.request(path).setHeader("Authorization", "Bearer " + TOKEN));
                long tookMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

                assertThat(tookMillis).as(path).isLessThan(1000);
                assertThat(response.statusCode()).as(path).isEqualTo(503);
                assertThat(json(response).path("components").path("database").path("detail").asText()).as(path)
                        .isEqualTo("no answer within 0.7 s");
            }
        } finally {
            released.countDown();
        }
    }

    @Test
    void live_givenDatabaseDown_answers200WithoutAskingAnyComponent() {
        AtomicInteger asked = new AtomicInteger();
        HealthProbe counted = new HealthProbe() {
            @Override
            public String component() {
                return "database";
            }

            @Override
            public ComponentHealth probe() {
                asked.incrementAndGet();
                return new ComponentHealth("database", false, "does not answer");
            }
        };
        try (TestApi api = TestApi.withCore(core -> core.healthProbe(counted))) {
            HttpResponse<String> live = api.get("/api/health/live/");

            assertThat(live.statusCode()).isEqualTo(200);
            assertThat(json(live).toString()).isEqualTo("{\"status\":\"up\"}");
            assertThat(asked).hasValue(0);
            assertThat(api.get("/api/health/ready/").statusCode()).isEqualTo(503);
            assertThat(asked).hasValue(1);
        }
    }

    @Test
    void ready_givenUserCallerOrOperator_showsDetailsOnlyToTheOperator() {
        try (TestApi api = TestApi.start(stores -> stores, core -> core.healthProbe(new FixedProbe("database", true)),
                settings -> settings.withMetricsToken(TOKEN))) {
            HttpResponse<String> anonymous = api.get("/api/health/ready/");
            HttpResponse<String> operator = api.send(api.request("/api/health/ready/")
                    .setHeader("Authorization", "Bearer " + TOKEN));

            assertThat(anonymous.statusCode()).isEqualTo(200);
            assertThat(json(anonymous).toString()).isEqualTo("{\"status\":\"up\",\"time_zone\":\""
                    + java.time.ZoneId.systemDefault().getId() + "\",\"components\":{\"database\":{\"status\":\"up\"}}}");
            assertThat(json(operator).toString()).isEqualTo("{\"status\":\"up\",\"time_zone\":\""
                    + java.time.ZoneId.systemDefault().getId() + "\",\"components\":{\"database\":{\"status\":\"up\",\"detail\":\"answers\"}}}");
        }
    }

    @Test
    void ready_givenASharedPartDownButTheDatabaseUp_answers200AndStillShowsThePartDown() {
        try (TestApi api = TestApi.withCore(core -> core
                .healthProbe(new FixedProbe("database", true))
                .healthProbe(new FixedProbe("mail", false))
                .healthProbe(new FixedProbe("key service", false)))) {
            HttpResponse<String> ready = api.get("/api/health/ready/");
            HttpResponse<String> health = api.get("/api/health/");

            assertThat(ready.statusCode()).isEqualTo(200);
            assertThat(json(ready).toString()).isEqualTo("{\"status\":\"up\",\"time_zone\":\""
                    + java.time.ZoneId.systemDefault().getId() + "\",\"components\":{\"database\":"
                    + "{\"status\":\"up\"},\"mail\":{\"status\":\"down\"},\"key service\":{\"status\":\"down\"}}}");
            assertThat(health.statusCode()).isEqualTo(503);
            assertThat(json(health).path("status").asText()).isEqualTo("down");
        }
    }
}
