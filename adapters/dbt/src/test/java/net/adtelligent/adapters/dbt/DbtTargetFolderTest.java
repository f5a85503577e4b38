package net.adtelligent.adapters.dbt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.vavr.control.Option;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import net.adtelligent.domain.dbt.DbtNodeResult;
import net.adtelligent.domain.dbt.DbtRun;
import net.adtelligent.domain.dbt.DbtSourceFreshness;
import net.adtelligent.domain.dbt.DbtTarget;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The target folder as dbt leaves it, written by the tests. The two files under
 * src/test/resources/dbt-target follow the shapes dbt documents (docs.getdbt.com, "Run results JSON
 * file" and "Sources JSON file"; schemas.getdbt.com run-results v6 and sources v3), as dbt-core 1.8
 * writes them after `dbt build` and `dbt source freshness`, with this project's node names.
 */
class DbtTargetFolderTest {

    @TempDir
    Path target;

    @Test
    void read_givenABuildAndAFreshnessCheck_givesTheRunAndEachSource() {
        write("run_results.json", resource("run_results.json"));
        write("sources.json", resource("sources.json"));

        DbtTarget read = new DbtTargetFolder(target).read();

        DbtRun run = read.run().get().get();
        assertThat(run.finishedAt()).isEqualTo(Instant.parse("2026-12-05T06:04:12.381905Z"));
        assertThat(run.command()).isEqualTo("build");
        assertThat(run.elapsed()).isBetween(Duration.ofMillis(14_213), Duration.ofMillis(14_214));
        assertThat(run.nodes()).extracting(DbtNodeResult::uniqueId, DbtNodeResult::status, DbtNodeResult::message)
                .containsExactly(tuple("model.adtelligent.fct_ad_performance_daily", "success", "SELECT 1204"),
                        tuple("test.adtelligent.unique_fct_ad_performance_daily_grain.5f3c2a1b9d", "pass", ""));
        assertThat(run.succeeded()).isTrue();
        DbtTarget.Freshness freshness = read.freshness().get().get();
        assertThat(freshness.checkedAt()).isEqualTo(Instant.parse("2026-12-05T06:05:40.118211Z"));
        assertThat(freshness.sources()).extracting(DbtSourceFreshness::uniqueId, DbtSourceFreshness::status,
                        DbtSourceFreshness::maxLoadedAt, DbtSourceFreshness::criteria, DbtSourceFreshness::error)
                .containsExactly(
                        tuple("source.adtelligent.meta_ads.ads_insights", "pass",
                                Option.of(Instant.parse("2026-12-05T04:31:07.512Z")),
                                "warn after 12 hour, error after 24 hour", Option.none()),
                        tuple("source.adtelligent.google_ads.campaign", "error",
                                Option.of(Instant.parse("2026-12-03T22:10:00Z")),
                                "warn after 12 hour, error after 24 hour", Option.none()),
                        tuple("source.adtelligent.tiktok_ads.ads_reports_daily", "runtime error", Option.none(), "",
                                Option.of("Database Error in source ads_reports_daily: relation does not exist")));
    }

    @Test
    void read_givenAModelThatFailedAndTheTestsSkipped_namesTheFailedNodeOnly() {
        write("run_results.json", resource("run_results.json")
                .replace("\"status\": \"success\"", "\"status\": \"error\"")
                .replace("\"message\": \"SELECT 1204\"", "\"message\": \"Database Error in model fct_ad_performance_daily\"")
                .replace("\"status\": \"pass\"", "\"status\": \"skipped\""));

        DbtRun run = new DbtTargetFolder(target).read().run().get().get();

        assertThat(run.succeeded()).isFalse();
        assertThat(run.failedNodes()).singleElement().satisfies(node -> {
            assertThat(node.uniqueId()).isEqualTo("model.adtelligent.fct_ad_performance_daily");
            assertThat(node.message()).isEqualTo("Database Error in model fct_ad_performance_daily");
        });
    }

    @Test
    void read_givenAnEmptyFolder_isNoRunYetNotAnError() {
        DbtTarget read = new DbtTargetFolder(target).read();

        assertThat(read.run()).isEqualTo(io.vavr.control.Either.right(Option.none()));
        assertThat(read.freshness()).isEqualTo(io.vavr.control.Either.right(Option.none()));
    }

    @Test
    void read_givenFilesThatAreNotDbtsArtifacts_saysWhichFileAndWhyWithoutItsContents() {
        assertThat(runRefusal("{\"metadata\": {\"generated_at\": \"2026-12-05T06:04:12Z\", \"secret\": \"x")).isEqualTo(
                "run_results.json not JSON (line 1)");
        assertThat(runRefusal("[1, 2]")).isEqualTo("run_results.json not a JSON object");
        assertThat(runRefusal(resource("run_results.json").replace("\"generated_at\"", "\"written_at\"")))
                .isEqualTo("run_results.json has no metadata.generated_at");
        assertThat(runRefusal(resource("run_results.json").replace("2026-12-05T06:04:12.381905Z", "yesterday")))
                .isEqualTo("run_results.json has a metadata.generated_at that is not a time");
        assertThat(runRefusal(resource("run_results.json").replace("run-results/v6", "manifest/v12")))
                .isEqualTo("run_results.json is not dbt's run results (metadata.dbt_schema_version names another artifact)");
        assertThat(runRefusal(resource("run_results.json").replace("\"unique_id\": \"model.", "\"id\": \"model.")))
                .isEqualTo("run_results.json has no results[].unique_id");
        assertThat(runRefusal("{\"metadata\": {\"generated_at\": \"2026-12-05T06:04:12Z\"}, \"results\": {}}"))
                .isEqualTo("run_results.json has results that are not a list");
    }

    @Test
    void read_givenAFolderInPlaceOfAFile_isUnreadableAndTheOtherFileIsStillRead() throws IOException {
        Files.createDirectory(target.resolve("run_results.json"));
        write("sources.json", resource("sources.json"));

        DbtTarget read = new DbtTargetFolder(target).read();

        assertThat(read.run().getLeft()).startsWith("run_results.json cannot be read");
        assertThat(read.freshness().get().get().sources()).hasSize(3);
    }

    @Test
    void read_givenTheFilesReplacedByANewerRun_seesTheNewerOne() {
        DbtTargetFolder folder = new DbtTargetFolder(target);
        write("run_results.json", resource("run_results.json"));
        Instant first = folder.read().run().get().get().finishedAt();

        write("run_results.json", resource("run_results.json").replace("2026-12-05T06:04:12.381905Z",
                "2026-12-06T06:04:00+00:00"));

        assertThat(folder.read().run().get().get().finishedAt()).isAfter(first)
                .isEqualTo(Instant.parse("2026-12-06T06:04:00Z"));
    }

    private String runRefusal(String content) {
        write("run_results.json", content);
        return new DbtTargetFolder(target).read().run().getLeft();
    }

    private void write(String name, String content) {
        try {
            Files.writeString(target.resolve(name), content, StandardCharsets.UTF_8);
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    static String resource(String name) {
        try (InputStream in = DbtTargetFolderTest.class.getResourceAsStream("/dbt-target/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }
}
