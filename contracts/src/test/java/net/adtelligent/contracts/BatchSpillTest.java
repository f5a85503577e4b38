package net.adtelligent.contracts;

import static net.adtelligent.contracts.Fixtures.CONNECTION;
import static net.adtelligent.contracts.Fixtures.T1;
import static net.adtelligent.contracts.Fixtures.TENANT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A batch that holds three rows at a time spills hundreds of runs (more than it merges at once),
 * and must still give what one holding everything gives, and what the batch gave before it could spill.
 */
class BatchSpillTest {

    @TempDir
    Path spills;

    @Test
    void finish_givenHoursSummedToTheDayAcrossRuns_equalsTheUnspilledOutcomeRowForRow() {
        Normaliser normaliser = normaliser("google_ads.campaign");
        List<SourceRecord> records = GeneratedRecords.googleCampaignHours(1500, 7);

        Batch.Result spilled = finish(new Batch(normaliser, TENANT, CONNECTION, 3, spills), records);

        assertThat(spilled).isEqualTo(finish(new Batch(normaliser, TENANT, CONNECTION, Integer.MAX_VALUE, spills), records));
        assertThat(spilled).isEqualTo(UnspilledBatch.normalise(normaliser, records));
        // The data takes every path: restated and summed rows, broken records, rows the domain refuses.
        assertThat(spilled.rows()).hasSizeBetween(20, 200);
        assertThat(spilled.rejected()).extracting(Batch.Rejected::line).contains(0L).anyMatch(line -> line > 0);
    }

    @Test
    void finish_givenRestatedQueriesAcrossRuns_equalsTheUnspilledOutcomeRowForRow() {
        Normaliser normaliser = normaliser("search_console.search_analytics_by_query");
        List<SourceRecord> records = GeneratedRecords.searchConsoleQueries(1200, 11);

        Batch.Result spilled = finish(new Batch(normaliser, TENANT, CONNECTION, 3, spills), records);

        assertThat(spilled).isEqualTo(finish(new Batch(normaliser, TENANT, CONNECTION, Integer.MAX_VALUE, spills), records));
        assertThat(spilled).isEqualTo(UnspilledBatch.normalise(normaliser, records));
        assertThat(spilled.rows()).hasSizeBetween(200, 800);
    }

    @Test
    void finish_givenSpilledRuns_deletesEveryFile() throws IOException {
        Batch batch = new Batch(normaliser("google_ads.campaign"), TENANT, CONNECTION, 3, spills);
        GeneratedRecords.googleCampaignHours(100, 3).forEach(batch::add);
        assertThat(files()).as("spilled while adding").isNotEmpty();

        batch.finish();

        assertThat(files()).isEmpty();
    }

    @Test
    void finish_givenConsumerFailingMidMerge_deletesEveryFileAndPassesTheFailureOn() throws IOException {
        Batch batch = new Batch(normaliser("search_console.search_analytics_by_query"), TENANT, CONNECTION, 3, spills);
        GeneratedRecords.searchConsoleQueries(300, 5).forEach(batch::add);
        IllegalStateException broken = new IllegalStateException("disk full downstream");
        AtomicInteger handed = new AtomicInteger();

        assertThatThrownBy(() -> batch.finish(row -> {
            if (handed.incrementAndGet() == 10) {
                throw broken;
            }
        }, fact -> { })).isSameAs(broken);
        assertThat(files()).isEmpty();
    }

    @Test
    void close_givenBatchGivenUpBeforeFinishing_deletesEveryFile() throws IOException {
        Batch batch = new Batch(normaliser("google_ads.campaign"), TENANT, CONNECTION, 3, spills);
        GeneratedRecords.googleCampaignHours(100, 3).forEach(batch::add);

        batch.close();

        assertThat(files()).isEmpty();
        assertThatThrownBy(batch::finish).isInstanceOf(IllegalStateException.class);
    }

    static Normaliser normaliser(String stream) {
        return new Normaliser(Fixtures.CONTRACTS.stream(stream).orElseThrow(), NormaliseContext.none(), TENANT, CONNECTION, T1);
    }

    private static Batch.Result finish(Batch batch, List<SourceRecord> records) {
        records.forEach(batch::add);
        return batch.finish();
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> files = Files.list(spills)) {
            return files.toList();
        }
    }
}
