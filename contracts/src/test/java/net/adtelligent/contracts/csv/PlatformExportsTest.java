package net.adtelligent.contracts.csv;

import static net.adtelligent.contracts.csv.CsvSamples.FILES;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import net.adtelligent.domain.fact.AdPerformanceDaily;
import net.adtelligent.domain.fact.Platform;
import net.adtelligent.domain.upload.CsvMapping;
import net.adtelligent.domain.upload.DateOrder;
import net.adtelligent.domain.upload.MappingProposal;
import net.adtelligent.ports.out.CsvFiles;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each platform UI's export (csv/ui, invented values in the platform's own layout) read as it is,
 * under the proposed mapping with only the date order confirmed: every data row becomes a fact,
 * totals rows and footers are left out, and the sums are those of the data rows, worked out by
 * hand from the files, never those of the files' own total lines added in.
 */
class PlatformExportsTest {

    /** What a file must come to: header line, rows, skipped lines, sums of spend, impressions, clicks, conversions. */
    record Expected(String file, Platform platform, DateOrder order, long headerLine, int rows, Map<String, Long> skipped,
                    String spend, long impressions, long clicks, String conversions) {
    }

    static Stream<Arguments> exports() {
        return Stream.of(
                new Expected("google_ads.csv", Platform.GOOGLE_ADS, DateOrder.ISO, 3, 4, Map.of("totals row", 2L),
                        "410.74", 7_325, 665, "34.50"),
                new Expected("google_ads_excel.csv", Platform.GOOGLE_ADS, DateOrder.ISO, 3, 4, Map.of("totals row", 1L),
                        "410.74", 7_325, 665, "34.50"),
                new Expected("google_ads_de.csv", Platform.GOOGLE_ADS, DateOrder.ISO, 3, 2, Map.of("totals row", 1L),
                        "23.75", 780, 58, "3.00"),
                new Expected("meta.csv", Platform.META_ADS, DateOrder.ISO, 1, 3, Map.of(), "140.00", 9_920, 152, "9"),
                new Expected("meta_fr.csv", Platform.META_ADS, DateOrder.ISO, 1, 2, Map.of(), "63.00", 5_390, 83, "3"),
                new Expected("microsoft_ads.csv", Platform.MICROSOFT_ADS, DateOrder.MONTH_FIRST, 8, 3,
                        Map.of("totals row", 1L, "footer", 1L), "106.00", 3_060, 189, "8.00"),
                new Expected("linkedin.csv", Platform.LINKEDIN_ADS, DateOrder.MONTH_FIRST, 4, 3, Map.of(), "183.50", 7_510, 90, "3"),
                new Expected("tiktok_es.csv", Platform.TIKTOK_ADS, DateOrder.ISO, 1, 2, Map.of("totals row", 1L),
                        "58.50", 18_900, 221, "9"))
                .map(Arguments::of);
    }

    @ParameterizedTest
    @MethodSource("exports")
    void read_givenPlatformExportAsItIs_storesTheDataRowsOnlyWithExactTotals(Expected expected) {
        byte[] file = CsvSamples.resource("ui/" + expected.file());
        CsvFiles.Layout layout = FILES.inspect(CsvSamples.bytes(file)).getOrElseThrow(reason -> new AssertionError(reason));
        CsvMapping proposed = MappingProposal.propose(layout.headers());
        CsvMapping mapping = new CsvMapping(proposed.columns(), proposed.currency().orElse(() ->
                io.vavr.control.Option.of(java.util.Currency.getInstance("EUR"))), expected.order(),
                proposed.accountId(), proposed.source(), proposed.platform());
        Skipping read = new Skipping();

        FILES.read(CsvSamples.bytes(file), layout, mapping, CsvSamples.TARGET, read);

        assertThat(layout.headerLine()).isEqualTo(expected.headerLine());
        assertThat(proposed.columns()).containsKeys("date", "campaign_name", "spend", "impressions", "clicks",
                "conversions");
        assertThat(proposed.platform()).contains(expected.platform());
        assertThat(read.problems).isEmpty();
        assertThat(read.skippedByReason).isEqualTo(expected.skipped());
        Collection<AdPerformanceDaily> facts = read.facts.values();
        assertThat(facts).hasSize(expected.rows()).allSatisfy(fact ->
                assertThat(fact.platform()).isEqualTo(expected.platform()));
        assertThat(sum(facts.stream().map(AdPerformanceDaily::spend).toList())).isEqualByComparingTo(expected.spend());
        assertThat(facts.stream().mapToLong(AdPerformanceDaily::impressions).sum()).isEqualTo(expected.impressions());
        assertThat(facts.stream().mapToLong(AdPerformanceDaily::clicks).sum()).isEqualTo(expected.clicks());
        assertThat(sum(facts.stream().map(AdPerformanceDaily::conversions).toList()))
                .isEqualByComparingTo(expected.conversions());
        assertThat(facts).allSatisfy(fact -> assertThat(fact.dateDay())
                .isBetween(LocalDate.of(2024, 12, 1), LocalDate.of(2024, 12, 3)));
    }

    private static BigDecimal sum(List<BigDecimal> values) {
        return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Records the lines left out, by why, beside facts and problems. */
    static final class Skipping extends CsvSamples.Recording {
        final Map<String, Long> skippedByReason = new LinkedHashMap<>();

        @Override
        public void skipped(long line, String reason) {
            skippedByReason.merge(reason, 1L, Long::sum);
        }
    }
}
