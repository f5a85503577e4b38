package net.adtelligent.adapters.http.metrics;

import static net.adtelligent.adapters.http.TestApi.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPInputStream;
import net.adtelligent.adapters.http.TestApi;
import net.adtelligent.domain.fact.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The combined view over HTTP, for a tenant in EUR and Europe/Berlin on 2026-11-26: the snapshot
 * window ends yesterday (2026-11-25), so November up to then is served from a snapshot.
 */
class CombinedMetricsRouteTest {

    private static final String PATH = "/api/tenants/acme/metrics/combined/";
    private static final String NOVEMBER = PATH + "?start=2026-11-01&end=2026-11-25";

    private final TestApi api = TestApi.start();
    private final MetricsFacts facts = new MetricsFacts(api, "acme");

    CombinedMetricsRouteTest() {
        facts.november();
    }

    @AfterEach
    void stop() {
        api.close();
    }

    private static BigDecimal amount(JsonNode node) {
        return new BigDecimal(node.asText());
    }

    @Test
    void combined_givenSnapshotCoveringThePeriod_answersFromItWithRatiosFreshnessAndOffsetTimes() {
        api.core.scheduledSnapshots().generate(facts.tenant);

        HttpResponse<String> response = api.get(NOVEMBER);

        JsonNode body = json(response);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(body.path("source").asText()).isEqualTo("snapshot");
        assertThat(body.path("snapshot_generated_at").asText()).isEqualTo("2026-11-26T11:15:30.123456+01:00");
        assertThat(body.path("time_zone").asText()).isEqualTo("Europe/Berlin");
        assertThat(body.path("currency").asText()).isEqualTo("EUR");
        assertThat(body.path("stale").asBoolean()).isFalse();
        assertThat(body.path("stale_reasons")).isEmpty();
        assertThat(body.path("sources").findValuesAsText("platform")).containsExactly("META_ADS", "GOOGLE_ADS");
        assertThat(body.path("sources").get(0).path("newest_day").asText()).isEqualTo("2026-11-10");
        assertThat(body.path("sources").get(0).path("newest_extraction").asText()).endsWith("+01:00");
        assertThat(body.path("rows").findValuesAsText("period")).containsExactly("2026-11-02", "2026-11-03", "2026-11-10");
        JsonNode first = body.path("rows").get(0);
        assertThat(first.path("platform").asText()).isEqualTo("META_ADS");
        assertThat(first.path("currency_code").asText()).isEqualTo("EUR");
        assertThat(first.path("spend").asText()).isEqualTo("10.00");
        assertThat(List.of(amount(first.path("ctr")), amount(first.path("cpc")), amount(first.path("cpm")),
                amount(first.path("cpa")), amount(first.path("roas"))))
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("0.05"), new BigDecimal("0.2"), BigDecimal.TEN, BigDecimal.valueOf(2), BigDecimal.valueOf(4));
        JsonNode noClicks = body.path("rows").get(2);
        assertThat(noClicks.path("cpc").isNull()).isTrue();
        assertThat(noClicks.path("cpa").isNull()).isTrue();
        assertThat(amount(body.path("totals").path("spend"))).isEqualByComparingTo("33.00");
        assertThat(amount(body.path("totals").path("conversions_value"))).isEqualByComparingTo("130.00");
    }

    @Test
    void combined_givenNoSnapshotYet_computesOnTheFlyAndSaysItIsStale() {
        JsonNode body = json(api.get(NOVEMBER));

        assertThat(body.path("source").asText()).isEqualTo("on_the_fly");
        assertThat(body.path("snapshot_generated_at").isNull()).isTrue();
        assertThat(body.path("stale").asBoolean()).isTrue();
        assertThat(body.path("stale_reasons").get(0).asText()).contains("no snapshot");
        assertThat(amount(body.path("totals").path("spend"))).isEqualByComparingTo("33.00");
    }

    @Test
    void combined_givenCampaignSplitOrPeriodOutsideTheSnapshot_computesOnTheFly() {
        api.core.scheduledSnapshots().generate(facts.tenant);

        JsonNode byCampaign = json(api.get(NOVEMBER + "&group_by=campaign&platforms=meta_ads"));
        JsonNode older = json(api.get(PATH + "?start=2026-01-01&end=2026-01-31"));

        assertThat(byCampaign.path("source").asText()).isEqualTo("on_the_fly");
        assertThat(byCampaign.path("snapshot_generated_at").asText()).isEqualTo("2026-11-26T11:15:30.123456+01:00");
        assertThat(byCampaign.path("rows").findValuesAsText("campaign_id")).containsExactly("m-1", "m-2");
        assertThat(byCampaign.path("rows").get(0).path("campaign_name").asText()).isEqualTo("Campaign m-1");
        assertThat(older.path("source").asText()).isEqualTo("on_the_fly");
        assertThat(older.path("rows")).isEmpty();
    }

    @Test
    void combined_givenWeeksOrMonthsWithoutGrouping_sumsEachPeriodUnderItsFirstDay() {
        api.core.scheduledSnapshots().generate(facts.tenant);

        JsonNode weeks = json(api.get(NOVEMBER + "&granularity=week"));
        JsonNode month = json(api.get(NOVEMBER + "&granularity=month&group_by=none"));

        assertThat(weeks.path("granularity").asText()).isEqualTo("week");
        assertThat(weeks.path("rows").findValuesAsText("period")).containsExactly("2026-11-02", "2026-11-02", "2026-11-09");
        assertThat(month.path("group_by").asText()).isEqualTo("none");
        assertThat(month.path("rows")).hasSize(1);
        JsonNode all = month.path("rows").get(0);
        assertThat(all.path("period").asText()).isEqualTo("2026-11-01");
        assertThat(all.path("platform").isNull()).isTrue();
        assertThat(all.path("campaign_id").isNull()).isTrue();
        assertThat(amount(all.path("spend"))).isEqualByComparingTo("33.00");
        assertThat(all.path("clicks").asLong()).isEqualTo(90);
        assertThat(all.path("roas").asText()).as("130 / 33 to six places").isEqualTo("3.939394");
    }

    @Test
    void combined_givenBadParameters_answers400NamingEach() {
        HttpResponse<String> reversed = api.get(PATH + "?start=2026-11-25&end=2026-11-01");
        HttpResponse<String> unknownPlatform = api.get(NOVEMBER + "&platforms=META_ADS,FACEBOOK");
        HttpResponse<String> tooLong = api.get(PATH + "?start=2025-01-01&end=2026-11-25");
        HttpResponse<String> choices = api.get(NOVEMBER + "&granularity=hour&group_by=ad");

        assertThat(List.of(reversed, unknownPlatform, tooLong, choices)).allSatisfy(response -> {
            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(TestApi.contentType(response)).isEqualTo("application/problem+json");
        });
        assertThat(json(reversed).path("errors").findValuesAsText("field")).containsExactly("end");
        assertThat(json(unknownPlatform).path("errors").findValuesAsText("field")).containsExactly("platforms");
        assertThat(json(unknownPlatform).path("errors").get(0).path("reason").asText()).contains("FACEBOOK");
        assertThat(json(tooLong).path("errors").get(0).path("reason").asText()).contains("366");
        assertThat(json(choices).path("errors").findValuesAsText("field")).containsExactly("granularity", "group_by");
    }

    @Test
    void combined_givenItsETag_answers304WithoutBody_untilNewDataIsInANewSnapshot() {
        api.core.scheduledSnapshots().generate(facts.tenant);
        HttpResponse<String> first = api.get(NOVEMBER);
        String etag = TestApi.header(first, "ETag");

        HttpResponse<String> again = api.send(api.request(NOVEMBER).header("If-None-Match", etag));
        facts.ingest(List.of(facts.ad(MetricsFacts.META, Platform.META_ADS, "2026-11-11", "m-1", "EUR", "7.00", 100, 1, "0", "0")));
        api.core.scheduledSnapshots().generate(facts.tenant);
        HttpResponse<String> changed = api.send(api.request(NOVEMBER).header("If-None-Match", etag));

        assertThat(etag).matches("\"[A-Za-z0-9_-]{43}\"");
        assertThat(TestApi.header(first, "Cache-Control")).isEqualTo("private, no-cache");
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(TestApi.header(again, "ETag")).isEqualTo(etag);
        assertThat(TestApi.header(again, "Content-Type")).as("nothing a cache would copy onto the stored JSON").isNull();
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(TestApi.header(changed, "ETag")).isNotEqualTo(etag);
        assertThat(amount(json(changed).path("totals").path("spend"))).isEqualByComparingTo("40.00");
    }

    @Test
    void combined_givenAClientAcceptingGzip_answersTheSameJsonCompressedWithItsOwnETag() throws IOException {
        api.core.scheduledSnapshots().generate(facts.tenant);
        HttpResponse<String> plain = api.get(NOVEMBER);

        HttpResponse<byte[]> gzipped = api.sendForBytes(api.request(NOVEMBER).header("Accept-Encoding", "br;q=1, gzip;q=0.8"));
        HttpResponse<byte[]> gzippedAgain = api.sendForBytes(api.request(NOVEMBER).header("Accept-Encoding", "gzip"));
        HttpResponse<String> refused = api.send(api.request(NOVEMBER).header("Accept-Encoding", "gzip;q=0, identity"));
        HttpResponse<String> revalidated = api.send(api.request(NOVEMBER).header("Accept-Encoding", "gzip")
                .header("If-None-Match", TestApi.header(gzipped, "ETag")));

        byte[] unzipped = new GZIPInputStream(new ByteArrayInputStream(gzipped.body())).readAllBytes();
        assertThat(TestApi.header(gzipped, "Content-Encoding")).isEqualTo("gzip");
        assertThat(new String(unzipped, StandardCharsets.UTF_8)).isEqualTo(plain.body());
        assertThat(gzipped.body().length).isLessThan(plain.body().getBytes(StandardCharsets.UTF_8).length);
        assertThat(TestApi.header(gzipped, "Content-Length")).isEqualTo(Integer.toString(gzipped.body().length));
        assertThat(TestApi.header(gzipped, "ETag")).isEqualTo(TestApi.header(plain, "ETag").replaceFirst("\"$", ".gz\""));
        assertThat(gzippedAgain.body()).isEqualTo(gzipped.body());
        assertThat(gzipped.headers().allValues("Vary")).contains("Accept-Encoding");
        assertThat(TestApi.header(refused, "Content-Encoding")).isNull();
        assertThat(refused.body()).isEqualTo(plain.body());
        assertThat(TestApi.header(plain, "Content-Length")).isEqualTo(Integer.toString(plain.body().getBytes(StandardCharsets.UTF_8).length));
        assertThat(revalidated.statusCode()).isEqualTo(304);
    }
}
