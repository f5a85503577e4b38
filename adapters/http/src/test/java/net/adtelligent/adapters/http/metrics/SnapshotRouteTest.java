package net.adtelligent.adapters.http.metrics;

import static net.adtelligent.adapters.http.TestApi.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import net.adtelligent.adapters.http.TestApi;
import net.adtelligent.domain.fact.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Snapshots over HTTP; the test core generates a requested snapshot before answering. */
class SnapshotRouteTest {

    private static final String SNAPSHOTS = "/api/tenants/acme/snapshots/";
    private static final String LATEST = SNAPSHOTS + "latest/";

    private final TestApi api = TestApi.start();
    private final MetricsFacts facts = new MetricsFacts(api, "acme");

    SnapshotRouteTest() {
        facts.november();
        facts.ingest(List.of(facts.web("2026-11-02", 120, 100, "3", "45.50"),
                facts.search("2026-11-02", 10, 300, "4.5"), facts.search("2026-11-03", 0, 0, "0")));
    }

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void latest_givenNoSnapshotYet_answers404SnapshotNotFound() {
        HttpResponse<String> response = api.get(LATEST);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(json(response).path("type").asText()).isEqualTo("https://adtelligent.net/problems/snapshot-not-found");
        assertThat(json(api.get(SNAPSHOTS)).path("items")).isEmpty();
    }

    @Test
    void request_givenMember_answers202WithLocation_whereTheNewSnapshotIsServed() {
        HttpResponse<String> requested = api.post(SNAPSHOTS, "");

        assertThat(requested.statusCode()).isEqualTo(202);
        assertThat(json(requested).toString()).isEqualTo("{\"status\":\"requested\"}");
        assertThat(TestApi.header(requested, "Location")).isEqualTo(LATEST);
        HttpResponse<String> latest = api.get(TestApi.header(requested, "Location"));
        JsonNode body = json(latest);
        assertThat(latest.statusCode()).isEqualTo(200);
        assertThat(body.path("generated_at").asText()).isEqualTo("2026-11-26T11:15:30.123456+01:00");
        assertThat(body.path("time_zone").asText()).isEqualTo("Europe/Berlin");
        assertThat(body.path("window").toString()).isEqualTo("{\"start\":\"2026-08-28\",\"end\":\"2026-11-25\"}");
        assertThat(body.path("content_hash").asText()).matches("[0-9a-f]{64}");
        assertThat(body.path("stale").asBoolean()).isFalse();
        assertThat(body.path("ad_rows").findValuesAsText("platform")).containsExactly("META_ADS", "GOOGLE_ADS", "META_ADS");
        assertThat(new BigDecimal(body.path("ad_rows").get(1).path("spend").asText())).isEqualByComparingTo("18.00");
        assertThat(body.path("ad_rows").get(0).path("ctr").asText()).as("to six places").isEqualTo("0.050000");
        assertThat(new BigDecimal(body.path("totals").path("spend").asText())).isEqualByComparingTo("33.00");
        assertThat(body.path("web").get(0).path("sessions").asLong()).isEqualTo(120);
        assertThat(body.path("web").get(0).path("revenue").asText()).isEqualTo("45.50");
        assertThat(body.path("search").get(0).path("average_position").asText()).isEqualTo("4.500000");
        assertThat(body.path("search").get(0).path("site").asText()).isEqualTo("https://example.com/");
        assertThat(body.path("web").get(0).path("medium").asText()).isEqualTo("cpc");
        assertThat(body.path("search").get(1).path("average_position").isNull()).isTrue();
        assertThat(body.path("sources").findValuesAsText("platform"))
                .containsExactly("META_ADS", "GOOGLE_ADS", "GA4", "SEARCH_CONSOLE");
        assertThat(body.path("unconverted").path("ad_rows").asLong()).isZero();
    }

    @Test
    void latest_givenItsETag_answers304_untilTheSnapshotTurnsStale() {
        api.post(SNAPSHOTS, "");
        String etag = TestApi.header(api.get(LATEST), "ETag");

        HttpResponse<String> unchanged = api.send(api.request(LATEST).header("If-None-Match", "W/" + etag));
        api.clock.advance(Duration.ofDays(3));
        TestApi later = api.signedInAgain();
        HttpResponse<String> aged = later.send(later.request(LATEST).header("If-None-Match", etag));

        assertThat(unchanged.statusCode()).isEqualTo(304);
        assertThat(unchanged.body()).isEmpty();
        assertThat(aged.statusCode()).isEqualTo(200);
        assertThat(json(aged).path("stale").asBoolean()).isTrue();
        assertThat(json(aged).path("stale_reasons").get(0).asText()).contains("the snapshot is 72 h old");
    }

    @Test
    void history_givenTwoGenerations_listsThemNewestFirst() {
        api.post(SNAPSHOTS, "");
        api.clock.advance(Duration.ofHours(1));
        TestApi later = api.signedInAgain();
        facts.ingest(List.of(facts.ad(MetricsFacts.META, Platform.META_ADS, "2026-11-20", "m-3", "EUR", "1.50", 10, 1, "0", "0")));
        later.post(SNAPSHOTS, "");

        JsonNode page = json(later.get(SNAPSHOTS));

        assertThat(page.path("next_cursor").isNull()).isTrue();
        assertThat(page.path("items").findValuesAsText("generated_at"))
                .containsExactly("2026-11-26T12:15:30.123456+01:00", "2026-11-26T11:15:30.123456+01:00");
        JsonNode newest = page.path("items").get(0);
        assertThat(newest.path("content_hash").asText()).isNotEqualTo(page.path("items").get(1).path("content_hash").asText())
                .isEqualTo(json(later.get(LATEST)).path("content_hash").asText());
        assertThat(new BigDecimal(newest.path("totals").path("spend").asText())).isEqualByComparingTo("34.50");
        assertThat(newest.path("window").path("end").asText()).isEqualTo("2026-11-25");
    }
}
