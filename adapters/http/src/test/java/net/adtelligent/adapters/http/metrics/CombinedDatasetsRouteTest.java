package net.adtelligent.adapters.http.metrics;

import static net.adtelligent.adapters.http.TestApi.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.adtelligent.adapters.http.TestApi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Ads, GA4 and Search Console side by side over HTTP, with the blended metrics between them, on
 * the hand-computed November of {@link MetricsFacts#webAndSearch()}.
 */
class CombinedDatasetsRouteTest {

    private static final String NOVEMBER = "/api/tenants/acme/metrics/combined/?start=2026-11-01&end=2026-11-25";
    private static final List<String> DATASETS = List.of("ads", "web", "search");

    private final TestApi api = TestApi.start();
    private final MetricsFacts facts = new MetricsFacts(api, "acme");

    CombinedDatasetsRouteTest() {
        facts.november();
        facts.webAndSearch();
    }

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void combined_givenEveryDataset_answersWebBySourceSearchBySiteAndTheBlendedMetrics() {
        api.core.scheduledSnapshots().generate(facts.tenant);

        JsonNode body = json(api.get(NOVEMBER + "&granularity=month"));

        assertThat(body.path("source").asText()).isEqualTo("snapshot");
        assertThat(texts(body.path("datasets"))).containsExactlyElementsOf(DATASETS);
        JsonNode web = body.path("web").path("rows");
        assertThat(web.findValuesAsText("source")).containsExactly("(direct)", "google");
        assertThat(web.findValuesAsText("channel_group")).containsExactly("direct", "paid_search");
        assertThat(web.get(0).path("revenue").asText()).as("40.00 USD at 0.90").isEqualTo("36.00");
        assertThat(body.path("web").path("totals").path("revenue").asText()).isEqualTo("186.00");
        assertThat(body.path("web").path("totals").path("paid_sessions").asLong()).isEqualTo(60);
        JsonNode search = body.path("search").path("rows").get(0);
        assertThat(search.path("site").asText()).isEqualTo("https://example.com/");
        assertThat(search.path("ctr").asText()).isEqualTo("0.050000");
        assertThat(search.path("average_position").asText()).isEqualTo("4.000000");
        JsonNode blended = body.path("blended").path("totals");
        assertThat(blended.path("mer").asText()).isEqualTo("5.636364");
        assertThat(blended.path("cost_per_session").asText()).isEqualTo("0.550000");
        assertThat(blended.path("paid_click_share").asText()).isEqualTo("0.600000");
        assertThat(blended.path("conversions_ratio").asText()).isEqualTo("0.333333");
        assertThat(blended.path("mer_gap").isNull()).isTrue();
        assertThat(body.path("blended").path("rows")).hasSize(1);
        assertThat(body.path("blended").path("rows").get(0).path("mer").asText()).isEqualTo("5.636364");
        assertThat(body.path("freshness").findValuesAsText("dataset")).containsExactlyElementsOf(DATASETS);
        assertThat(body.path("freshness").findValues("stale")).allSatisfy(stale -> assertThat(stale.asBoolean()).isFalse());
        assertThat(body.path("freshness").get(0).path("connections").asInt()).isEqualTo(2);
        assertThat(body.path("freshness").get(0).path("complete_through").asText()).as("Google Ads' newest day").isEqualTo("2026-11-03");
    }

    @Test
    void combined_givenEachCombinationOfDatasets_answersOnlyThoseAndSaysWhichSidesWereNotAsked() {
        for (List<String> asked : combinations()) {
            JsonNode body = json(api.get(NOVEMBER + "&datasets=" + String.join(",", asked)));
            String as = "datasets=" + asked;

            assertThat(texts(body.path("datasets"))).as(as).containsExactlyElementsOf(asked);
            assertThat(body.path("rows").isEmpty()).as(as).isEqualTo(!asked.contains("ads"));
            assertThat(body.path("totals").isNull()).as(as).isEqualTo(!asked.contains("ads"));
            assertThat(body.path("web").isNull()).as(as).isEqualTo(!asked.contains("web"));
            assertThat(body.path("search").isNull()).as(as).isEqualTo(!asked.contains("search"));
            JsonNode blended = body.path("blended").path("totals");
            String mer = asked.contains("ads") ? asked.contains("web") ? null : "web_not_requested" : "ads_not_requested";
            String share = asked.contains("ads") ? asked.contains("search") ? null : "search_not_requested" : "ads_not_requested";
            assertThat(blended.path("mer_gap").isNull() ? null : blended.path("mer_gap").asText()).as(as).isEqualTo(mer);
            assertThat(blended.path("paid_click_share_gap").isNull() ? null : blended.path("paid_click_share_gap").asText())
                    .as(as).isEqualTo(share);
            assertThat(blended.path("mer").isNull()).as(as).isEqualTo(mer != null);
            assertThat(body.path("freshness")).as(as).hasSize(3);
        }
    }

    @Test
    void combined_givenCampaignSplitOnTheFly_answersTheSameWebSearchAndBlendedAsTheSnapshot() {
        api.core.scheduledSnapshots().generate(facts.tenant);

        JsonNode snapshot = json(api.get(NOVEMBER));
        JsonNode onTheFly = json(api.get(NOVEMBER + "&group_by=campaign"));

        assertThat(onTheFly.path("source").asText()).isEqualTo("on_the_fly");
        assertThat(onTheFly.path("web")).isEqualTo(snapshot.path("web"));
        assertThat(onTheFly.path("search")).isEqualTo(snapshot.path("search"));
        assertThat(onTheFly.path("blended")).isEqualTo(snapshot.path("blended"));
        assertThat(snapshot.path("blended").path("rows")).as("every day of the period").hasSize(25);
    }

    @Test
    void combined_givenChannelGroupsOrNoSplit_groupsTheWebRowsSo() {
        JsonNode groups = json(api.get(NOVEMBER + "&granularity=month&web_group_by=channel_group"));
        JsonNode none = json(api.get(NOVEMBER + "&granularity=month&group_by=none"));

        assertThat(groups.path("web_group_by").asText()).isEqualTo("channel_group");
        assertThat(groups.path("web").path("rows").findValuesAsText("channel_group")).containsExactly("paid_search", "direct");
        assertThat(groups.path("web").path("rows").get(0).path("source").isNull()).isTrue();
        assertThat(none.path("web").path("rows")).singleElement().satisfies(row -> {
            assertThat(row.path("sessions").asLong()).isEqualTo(100);
            assertThat(row.path("channel_group").isNull()).isTrue();
        });
        assertThat(none.path("search").path("rows").get(0).path("site").isNull()).isTrue();
    }

    @Test
    void combined_givenSourcesExtractedLongAgo_leavesOutBlendedValuesOfPeriodsTheyDoNotCover() {
        api.clock.advance(Duration.ofHours(50));

        JsonNode body = json(api.signedInAgain().get(NOVEMBER));

        assertThat(body.path("freshness").findValues("stale")).allSatisfy(stale -> assertThat(stale.asBoolean()).isTrue());
        assertThat(body.path("freshness").get(1).path("stale_reasons").get(0).asText()).contains("GA4", "last extracted 51 h ago");
        JsonNode rows = body.path("blended").path("rows");
        assertThat(rows.get(1).path("mer").asText()).as("the 2nd, reached by every source: 150.00 / 10.00").isEqualTo("15.000000");
        assertThat(rows.get(5).path("mer_gap").asText()).as("the 6th, past the 3rd that ads reached").isEqualTo("ads_stale");
        assertThat(body.path("blended").path("totals").path("mer_gap").asText()).isEqualTo("ads_stale");
    }

    @Test
    void combined_givenATenantWithoutGa4OrSearchConsole_saysTheyAreMissing() {
        MetricsFacts beta = new MetricsFacts(api, "beta");
        beta.november();

        JsonNode body = json(api.get("/api/tenants/beta/metrics/combined/?start=2026-11-01&end=2026-11-25"));

        assertThat(body.path("web").path("rows")).as("acme's GA4 is acme's alone").isEmpty();
        assertThat(body.path("blended").path("totals").path("mer_gap").asText()).isEqualTo("web_missing");
        assertThat(body.path("blended").path("totals").path("paid_click_share_gap").asText()).isEqualTo("search_missing");
        assertThat(body.path("freshness").get(1).path("stale_reasons").get(0).asText()).isEqualTo("no web connection has data yet");
    }

    @Test
    void combined_givenMoneyConvertedAtAnUnevenRate_answersMinorUnitsAndSaysHowTotalsAreRounded() {
        facts.usdInEur("2026-11-03", "0.912345678");

        JsonNode body = json(api.get(NOVEMBER));

        assertThat(body.path("rows").get(1).path("spend").asText()).as("20.00 USD").isEqualTo("18.25");
        assertThat(body.path("totals").path("spend").asText()).isEqualTo("33.25");
        assertThat(body.path("rounding").path("mode").asText()).isEqualTo("half_even");
        assertThat(body.path("rounding").path("money_decimals").asInt()).isEqualTo(2);
        assertThat(body.path("rounding").path("ratio_decimals").asInt()).isEqualTo(6);
        assertThat(body.path("rounding").path("totals").asText()).isEqualTo("rounded_from_full_precision");
        assertThat(body.findValuesAsText("spend")).allSatisfy(spend -> assertThat(spend).matches("\\d+\\.\\d{2}"));
        assertThat(body.findValuesAsText("cpm")).allSatisfy(cpm -> assertThat(cpm).matches("\\d+\\.\\d{6}"));
    }

    @Test
    void combined_givenUnknownDatasetsOrWebGrouping_answers400NamingEach() {
        HttpResponse<String> response = api.get(NOVEMBER + "&datasets=ads,tv&web_group_by=campaign");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).path("errors").findValuesAsText("field")).containsExactly("datasets", "web_group_by");
        assertThat(json(response).path("errors").get(0).path("reason").asText()).contains("'tv'", "ads, web, search");
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(item -> texts.add(item.asText()));
        return texts;
    }

    private static List<List<String>> combinations() {
        List<List<String>> all = new ArrayList<>();
        for (int mask = 1; mask < 8; mask++) {
            List<String> chosen = new ArrayList<>();
            for (int bit = 0; bit < 3; bit++) {
                if ((mask & 1 << bit) != 0) {
                    chosen.add(DATASETS.get(bit));
                }
            }
            all.add(chosen);
        }
        assertThat(Set.copyOf(all)).hasSize(7);
        return all;
    }
}
