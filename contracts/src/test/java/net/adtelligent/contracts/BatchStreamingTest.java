package net.adtelligent.contracts;

import static net.adtelligent.contracts.BatchSpillTest.normaliser;
import static net.adtelligent.contracts.Fixtures.CONNECTION;
import static net.adtelligent.contracts.Fixtures.TENANT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.adtelligent.domain.fact.DailyFact;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The streaming finish: rows handed over as they are merged, in arrival order, with a bounded report. */
class BatchStreamingTest {

    @TempDir
    Path spills;

    @Test
    void finish_givenConsumers_handsOverWhatTheListsHoldInTheSameOrder() {
        List<SourceRecord> records = GeneratedRecords.googleCampaignHours(600, 19);
        List<UnifiedRow> rows = new ArrayList<>();
        List<DailyFact<?>> facts = new ArrayList<>();

        Batch streamed = batch("google_ads.campaign", 5);
        records.forEach(streamed::add);
        Batch.Summary summary = streamed.finish(rows::add, facts::add);

        Batch listing = batch("google_ads.campaign", 5);
        records.forEach(listing::add);
        Batch.Result listed = listing.finish();
        assertThat(rows).isEqualTo(listed.rows());
        assertThat(facts).isEqualTo(listed.facts());
        assertThat(summary).isEqualTo(new Batch.Summary(600, rows.size(), listed.rejected(), listed.rejected().size()));
    }

    @Test
    void finish_givenRestatementsInLaterRuns_keepsTheLatestExtractionAndOnATieTheLaterArrival() {
        Batch batch = batch("search_console.search_analytics_by_query", 1);
        batch.add(query("2024-05-02", "brot", 1, 1714700000000L));
        batch.add(query("2024-05-01", "brot", 2, 1714700000000L));
        batch.add(query("2024-05-02", "brot", 3, 1714600000000L)); // extracted earlier: loses
        batch.add(query("2024-05-01", "brot", 4, 1714700000000L)); // same extraction, arrived later: wins

        Batch.Result result = batch.finish();

        assertThat(result.rows()).extracting(row -> row.get("date_day").toString(), row -> row.get("clicks"))
                .containsExactly(tuple("2024-05-02", 1L), tuple("2024-05-01", 4L));
    }

    @Test
    void finish_givenHoursOfOneDayInDifferentRuns_sumsThemExactlyInTheOrderTheirDaysArrived() {
        Batch batch = batch("google_ads.campaign", 1);
        batch.add(hour("2024-05-02", 9, 1_000_000));
        batch.add(hour("2024-05-01", 9, 12_500_000));
        batch.add(hour("2024-05-02", 10, 250_000));
        batch.add(hour("2024-05-01", 10, 2_500_000));

        Batch.Result result = batch.finish();

        assertThat(result.rows()).extracting(row -> row.get("date_day").toString(), row -> row.get("spend"))
                .containsExactly(tuple("2024-05-02", new BigDecimal("1.25")), tuple("2024-05-01", new BigDecimal("15.00")));
    }

    @Test
    void finish_givenMoreThanAThousandBrokenRecords_keepsTheFirstThousandAndCountsEvery() {
        Batch batch = batch("search_console.search_analytics_by_query", 3);
        for (int line = 1; line <= 1500; line++) {
            ObjectNode broken = RecordReader.JSON.createObjectNode().put("site_url", "sc-domain:bäckerei.example");
            batch.add(new SourceRecord(line, Optional.empty(), Optional.of(broken), Optional.empty(), Optional.empty()));
        }

        Batch.Summary summary = batch.finish(row -> { }, fact -> { });

        assertThat(summary.rejectedTotal()).isEqualTo(1500);
        assertThat(summary.rejected()).hasSize(Batch.REJECTED_KEPT).first().extracting(Batch.Rejected::line).isEqualTo(1L);
        assertThat(summary.rows()).isZero();
    }

    @Test
    void add_givenFinishedBatch_refusesRatherThanStartingAgain() {
        Batch batch = batch("search_console.search_analytics_by_query", 3);
        batch.finish();

        assertThatThrownBy(() -> batch.add(query("2024-05-01", "brot", 1, 1714600000000L)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("finished");
    }

    private Batch batch(String stream, int rowsInMemory) {
        return new Batch(normaliser(stream), TENANT, CONNECTION, rowsInMemory, spills);
    }

    private static SourceRecord query(String day, String query, long clicks, long emittedAt) {
        ObjectNode data = RecordReader.JSON.createObjectNode().put("site_url", "sc-domain:bäckerei.example")
                .put("search_type", "web").put("date", day).put("query", query).put("clicks", clicks)
                .put("impressions", 100).put("ctr", "0.01").put("position", "3.5");
        return new SourceRecord(0, Optional.empty(), Optional.of(data),
                Optional.of(Instant.ofEpochMilli(emittedAt)), Optional.empty());
    }

    private static SourceRecord hour(String day, int hour, long costMicros) {
        ObjectNode data = RecordReader.JSON.createObjectNode().put("campaign.id", 111)
                .put("campaign.resource_name", "customers/1234567890/campaigns/111").put("segments.date", day)
                .put("segments.hour", hour).put("segments.ad_network_type", "SEARCH").put("metrics.cost_micros", costMicros)
                .put("metrics.impressions", 10).put("metrics.clicks", 1);
        return SourceRecord.of(data);
    }
}
