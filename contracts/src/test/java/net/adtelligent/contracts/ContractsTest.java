package net.adtelligent.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ContractsTest {

    // The stream ids of issue 4, plus Google's ad-level report: the connector's ad_group_ad stream has no metrics.
    private static final List<String> STREAMS = List.of(
            "meta_ads.ads_insights",
            "google_ads.campaign", "google_ads.ad_group_ad", "google_ads.customer", "google_ads.ad_performance",
            "microsoft_ads.campaign_performance_report_daily", "microsoft_ads.ad_performance_report_daily",
            "linkedin_ads.ad_campaign_analytics",
            "tiktok_ads.ads_reports_daily",
            "ga4.traffic_acquisition_session_source_medium_report", "ga4.conversions_report",
            "search_console.search_analytics_by_date", "search_console.search_analytics_by_query",
            "csv.generic");

    private static final Path SOURCES = Path.of("src", "main", "resources", "net", "adtelligent", "contracts", "streams");

    private final Contracts contracts = Contracts.load();

    @Test
    void load_givenShippedFiles_hasExactlyTheIssuesStreams() {
        assertThat(contracts.all()).extracting(StreamContract::stream).containsExactlyInAnyOrderElementsOf(STREAMS);
    }

    @Test
    void load_givenIndex_listsEveryContractFileOfTheDirectory() throws IOException {
        List<String> index = Files.readAllLines(SOURCES.resolve(Contracts.INDEX)).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
        try (Stream<Path> files = Files.list(SOURCES)) {
            assertThat(index).containsExactlyInAnyOrderElementsOf(
                    files.map(path -> path.getFileName().toString()).filter(name -> name.endsWith(".json")).toList());
        }
    }

    @Test
    void stream_givenKnownId_returnsItsContract() {
        StreamContract contract = contracts.stream("google_ads.campaign").orElseThrow();

        assertThat(contract.platform()).isEqualTo("GOOGLE_ADS");
        assertThat(contract.fact()).isEqualTo(Fact.AD_PERFORMANCE_DAILY);
        assertThat(contract.version()).isEqualTo(1);
        assertThat(contract.upstream()).contains(new Upstream("airbyte-source-google-ads", "campaign", ">=3.0"));
    }

    @Test
    void stream_givenUnknownId_isEmpty() {
        assertThat(contracts.stream("google_ads.campaigns")).isEmpty();
        assertThat(contracts.stream("")).isEmpty();
    }

    @Test
    void load_givenIndexNamingAMissingFile_namesTheFile() {
        var thrown = catchThrowableOfType(ContractFileException.class,
                () -> Contracts.load(getClass().getClassLoader(), "indexes/missing/"));

        assertThat(thrown.file()).isEqualTo("indexes/missing/google_ads.nowhere.json");
        assertThat(thrown).hasMessageContaining("listed in index.txt but not on the classpath");
    }

    @Test
    void load_givenTwoFilesForOneStream_refusesTheSecond() {
        var thrown = catchThrowableOfType(ContractFileException.class,
                () -> Contracts.load(getClass().getClassLoader(), "indexes/twice/"));

        assertThat(thrown.key()).isEqualTo("stream");
        assertThat(thrown).hasMessageContaining("a second contract for google_ads.customer");
    }
}
