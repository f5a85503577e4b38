package net.adtelligent.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import net.adtelligent.adapters.http.operations.AppMetricsHandler;
import net.adtelligent.testing.TestCore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** GET /metrics/app/ for a scraper, guarded by its own token, and every request reported by route pattern. */
class MetricsEndpointTest {

    private static final String TOKEN = "scrape-0123456789-abcdef";
    private static final String TEXT = "# TYPE adt_up gauge\nadt_up 1\n";
    private static final String PROMETHEUS = "text/plain; version=0.0.4; charset=utf-8";
    private static final MetricsEndpoint ENDPOINT = MetricsEndpoint.of(PROMETHEUS,
            out -> out.write(TEXT.getBytes(StandardCharsets.UTF_8)));

    private final RecordingTelemetry telemetry = new RecordingTelemetry();
    private final List<TestApi> started = new ArrayList<>();

    private TestApi start(UnaryOperator<HttpSettings> settings, Optional<MetricsEndpoint> endpoint) {
        TestApi api = TestApi.withOperations(settings, telemetry, endpoint);
        started.add(api);
        return api;
    }

    @AfterEach
    void stop() {
        started.forEach(TestApi::close);
    }

    private static HttpResponse<String> scrape(TestApi api, String authorization) {
        var request = api.anonymous().request(AppMetricsHandler.PATH);
        return api.send(authorization == null ? request : request.header("Authorization", authorization));
    }

    @Test
    void appMetrics_givenNoTokenOrNoEndpoint_answers404AsForAPathNothingServes() {
        TestApi noToken = start(settings -> settings, Optional.of(ENDPOINT));
        TestApi noEndpoint = start(settings -> settings.withMetricsToken(TOKEN), Optional.empty());
        String unknownPath = noToken.anonymous().get("/metrics/nothing/").body();

        for (TestApi api : List.of(noToken, noEndpoint)) {
            HttpResponse<String> response = scrape(api, "Bearer " + TOKEN);
            assertThat(response.statusCode()).isEqualTo(404);
            assertThat(TestApi.contentType(response)).isEqualTo("application/problem+json");
            assertThat(response.body()).isEqualTo(unknownPath);
        }
    }

    @Test
    void appMetrics_givenMissingOrWrongToken_answers401WithABearerChallenge() {
        TestApi api = start(settings -> settings.withMetricsToken(TOKEN), Optional.of(ENDPOINT));

        for (String wrong : new String[] {null, TOKEN, "Basic " + TOKEN, "Bearer " + TOKEN + "x",
                "Bearer " + TOKEN.substring(1), "Bearer " + api.me.access()}) {
            HttpResponse<String> response = scrape(api, wrong);
            assertThat(response.statusCode()).as(String.valueOf(wrong)).isEqualTo(401);
            assertThat(TestApi.contentType(response)).isEqualTo("application/problem+json");
            assertThat(TestApi.header(response, "WWW-Authenticate")).startsWith("Bearer ");
            assertThat(response.body()).doesNotContain("adt_up");
        }
    }

    @Test
    void appMetrics_givenTheToken_answersTheEndpointsTextUncached() {
        TestApi api = start(settings -> settings.withMetricsToken(TOKEN), Optional.of(ENDPOINT));

        HttpResponse<String> response = scrape(api, "Bearer " + TOKEN);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(TestApi.contentType(response)).isEqualTo(PROMETHEUS);
        assertThat(response.body()).isEqualTo(TEXT);
        assertThat(TestApi.header(response, "Cache-Control")).isEqualTo("no-store");
        assertThat(scrape(api, "bearer " + TOKEN).statusCode()).as("the scheme is case-insensitive").isEqualTo(200);
    }

    @Test
    void anyRequest_isReportedByRoutePatternNeverByRawPath() throws InterruptedException {
        TestApi api = start(settings -> settings.withMetricsToken(TOKEN), Optional.of(ENDPOINT));
        api.register("acme");

        api.get("/api/tenants/acme/");
        api.get("/api/no/such/path/");
        scrape(api, "Bearer " + TOKEN);

        List<RecordingTelemetry.Request> seen = awaitRequests(4);
        assertThat(seen).extracting(request -> request.method() + " " + request.route() + " " + request.status())
                .contains("POST /api/tenants/ 201", "GET /api/tenants/{slug}/ 200", "GET unmatched 404",
                        "GET /metrics/app/ 200");
        assertThat(seen).noneMatch(request -> request.route().contains("acme"));
        assertThat(seen).allSatisfy(request -> assertThat(request.took().isNegative()).isFalse());
    }

    /** The overload bootstrap calls: the same guard, the same reporting. */
    @Test
    void publicStart_givenTelemetryEndpointAndToken_servesTheTextAndReportsTheScrape() throws Exception {
        HttpSettings settings = HttpSettings.defaults("127.0.0.1", 0).withMetricsToken(TOKEN);
        try (HttpServer server = HttpServer.start(new TestCore().core.userPorts(), settings, telemetry, ENDPOINT)) {
            HttpRequest scrape = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + AppMetricsHandler.PATH))
                    .header("Authorization", "Bearer " + TOKEN).build();

            HttpResponse<String> response = HttpClient.newHttpClient().send(scrape, HttpResponse.BodyHandlers.ofString());

            assertThat(response.body()).isEqualTo(TEXT);
            assertThat(awaitRequests(1)).extracting(RecordingTelemetry.Request::route).containsExactly(AppMetricsHandler.PATH);
        }
    }

    @Test
    void settings_givenShortToken_refuseIt_andNeverPrintTheToken() {
        HttpSettings defaults = HttpSettings.defaults("127.0.0.1", 0);

        assertThatThrownBy(() -> defaults.withMetricsToken("short")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("short");
        assertThatThrownBy(() -> defaults.withMetricsToken("has a space in it, long enough"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(defaults.withMetricsToken(TOKEN).toString()).doesNotContain(TOKEN).contains("metricsToken=(set)");
    }

    /** The request log runs as the response completes: the client can be a moment ahead of it. */
    private List<RecordingTelemetry.Request> awaitRequests(int count) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (telemetry.requests().size() < count && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        return telemetry.requests();
    }
}
