package net.adtelligent.adapters.http.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.adtelligent.adapters.http.TestApi;
import net.adtelligent.ports.in.CombinedMetrics;
import org.junit.jupiter.api.Test;

/**
 * The combined view's row columns are a contract clients read by name: what is served must be
 * what the newest "combined_metrics" line of docs/contracts-changelog.md promises, under the
 * version it names. Changing a column without a new line (and a new version) fails here.
 */
class CombinedMetricsColumnsTest {

    private static final Path CHANGELOG = Path.of("../../docs/contracts-changelog.md");
    private static final Pattern LINE = Pattern.compile("^- API `combined_metrics` v(\\d+) \\(([^)]*)\\):.*");
    private static final String PART = "^- API `combined_metrics\\.%s` v(\\d+) \\(([^)]*)\\):.*";

    private record Promise(int version, List<String> columns) {
    }

    private static Promise newestPromise() throws IOException {
        return newestPromise(LINE);
    }

    private static Promise newestPromise(Pattern pattern) throws IOException {
        Promise newest = null;
        for (String line : Files.readAllLines(CHANGELOG)) {
            Matcher match = pattern.matcher(line);
            if (match.matches()) {
                newest = new Promise(Integer.parseInt(match.group(1)),
                        Arrays.stream(match.group(2).split(",")).map(String::strip).toList());
            }
        }
        assertThat(newest).as("a combined_metrics line in " + CHANGELOG.toAbsolutePath()).isNotNull();
        return newest;
    }

    @Test
    void servedRow_givenAnyGrouping_hasExactlyTheColumnsOfTheNewestChangelogLine() throws IOException {
        Promise promise = newestPromise();
        try (TestApi api = TestApi.start()) {
            MetricsFacts facts = new MetricsFacts(api, "acme");
            facts.november();
            for (String groupBy : List.of("platform", "campaign", "none")) {
                JsonNode body = TestApi.json(api.get("/api/tenants/acme/metrics/combined/?start=2026-11-01&end=2026-11-25"
                        + "&group_by=" + groupBy));
                assertThat(body.path("rows")).as(groupBy).isNotEmpty();
                List<String> served = new ArrayList<>();
                body.path("rows").get(0).fieldNames().forEachRemaining(served::add);

                assertThat(served).as("row columns with group_by=" + groupBy)
                        .containsExactlyInAnyOrderElementsOf(promise.columns());
                assertThat(body.path("columns_version").asInt()).isEqualTo(promise.version());
            }
        }
        assertThat(CombinedMetrics.COLUMNS_VERSION).isEqualTo(promise.version());
    }

    @Test
    void servedWebSearchAndBlendedRows_haveExactlyTheColumnsOfTheirNewestChangelogLines() throws IOException {
        try (TestApi api = TestApi.start()) {
            MetricsFacts facts = new MetricsFacts(api, "acme");
            facts.november();
            facts.webAndSearch();
            JsonNode body = TestApi.json(api.get("/api/tenants/acme/metrics/combined/?start=2026-11-01&end=2026-11-25"));
            for (String part : List.of("web", "search", "blended")) {
                Promise promise = newestPromise(Pattern.compile(PART.formatted(part)));
                assertThat(body.path(part).path("rows")).as(part).isNotEmpty();
                List<String> served = new ArrayList<>();
                body.path(part).path("rows").get(0).fieldNames().forEachRemaining(served::add);

                assertThat(served).as(part + " row columns").containsExactlyInAnyOrderElementsOf(promise.columns());
                assertThat(promise.version()).as(part).isEqualTo(CombinedMetrics.COLUMNS_VERSION);
            }
        }
    }
}
