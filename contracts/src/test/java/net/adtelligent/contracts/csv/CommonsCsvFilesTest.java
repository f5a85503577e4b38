package net.adtelligent.contracts.csv;

import static net.adtelligent.contracts.csv.CsvSamples.FILES;
import static net.adtelligent.contracts.csv.CsvSamples.basic;
import static net.adtelligent.contracts.csv.CsvSamples.mapping;
import static net.adtelligent.contracts.csv.CsvSamples.read;
import static net.adtelligent.contracts.csv.CsvSamples.resource;
import static net.adtelligent.contracts.csv.CsvSamples.text;
import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Option;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import net.adtelligent.domain.fact.AdPerformanceDaily;
import net.adtelligent.domain.fact.Platform;
import net.adtelligent.domain.upload.CsvMapping;
import net.adtelligent.domain.upload.DateOrder;
import net.adtelligent.domain.upload.MappingProposal;
import net.adtelligent.ports.out.CsvFiles;
import org.junit.jupiter.api.Test;

class CommonsCsvFilesTest {

    @Test
    void inspect_givenGoogleAdsExport_readsItsColumnsAndTheComma() {
        CsvFiles.Layout layout = FILES.inspect(CsvSamples.bytes(resource("google_ads_campaigns.csv"))).get();

        assertThat(layout.delimiter()).isEqualTo(',');
        assertThat(layout.headers()).containsExactly("Day", "Campaign", "Campaign ID", "Customer ID", "Account",
                "Currency code", "Cost", "Impr.", "Clicks", "Conversions", "Conv. value");
    }

    @Test
    void inspect_givenGermanMetaExportWithByteOrderMark_readsTheSemicolonAndAPlainFirstName() {
        CsvFiles.Layout layout = FILES.inspect(CsvSamples.bytes(resource("meta_de.csv"))).get();

        assertThat(layout.delimiter()).isEqualTo(';');
        assertThat(layout.headers().get(0)).isEqualTo("Berichtsbeginn");
        assertThat(layout.headers()).hasSize(9).contains("Betrag ausgegeben (EUR)");
    }

    @Test
    void inspect_givenSpacesAroundNamesAndCommasInQuotes_trimsAndCountsOutsideQuotes() {
        CsvFiles.Layout layout = FILES.inspect(text(" Day ;\"Cost, in EUR\";Clicks\n2024-05-01;1,5;3\n")).get();

        assertThat(layout.delimiter()).isEqualTo(';');
        assertThat(layout.headers()).containsExactly("Day", "Cost, in EUR", "Clicks");
    }

    @Test
    void read_givenGoogleAdsExport_readsThousandsSeparatorsQuotedNamesAndTheAccountColumn() {
        byte[] file = resource("google_ads_campaigns.csv");
        CsvMapping mapping = MappingProposal.propose(FILES.inspect(CsvSamples.bytes(file)).get().headers());

        CsvSamples.Recording read = read(file, mapping);

        assertThat(read.problems).isEmpty();
        assertThat(read.facts).containsOnlyKeys(2L, 3L, 4L);
        AdPerformanceDaily first = read.facts.get(2L);
        assertThat(first.platform()).isEqualTo(Platform.GOOGLE_ADS);
        assertThat(first.dateDay()).isEqualTo(LocalDate.of(2024, 5, 1));
        assertThat(first.accountId()).isEqualTo("123-456-7890");
        assertThat(first.accountName()).isEqualTo(Option.of("Bäckerei Schmidt GmbH"));
        assertThat(first.campaignId()).isEqualTo("111");
        assertThat(first.currencyCode()).isEqualTo(Option.of(Currency.getInstance("CHF")));
        assertThat(first.spend()).isEqualByComparingTo("1234.56");
        assertThat(first.impressions()).isEqualTo(12_345);
        assertThat(first.conversionsValue()).isEqualByComparingTo("1020");
        assertThat(read.facts.get(3L).campaignName()).isEqualTo(Option.of("Generic, Brot & Gebäck"));
        assertThat(read.facts.get(4L).conversions()).isEqualByComparingTo("1.33");
        assertThat(first.sourceExtractedAt()).isEqualTo(CsvSamples.TARGET.extractedAt());
    }

    @Test
    void read_givenGermanMetaExport_readsDecimalCommasAndTakesTheCurrencyFromTheHeader() {
        byte[] file = resource("meta_de.csv");
        CsvMapping mapping = MappingProposal.propose(FILES.inspect(CsvSamples.bytes(file)).get().headers());

        CsvSamples.Recording read = read(file, mapping);

        assertThat(read.problems).isEmpty();
        AdPerformanceDaily video = read.facts.get(2L);
        assertThat(video.spend()).isEqualByComparingTo("1234.56");
        assertThat(video.impressions()).isEqualTo(12_345);
        assertThat(video.conversionsValue()).isEqualByComparingTo("79.98");
        assertThat(video.currencyCode()).isEqualTo(Option.of(Currency.getInstance("EUR")));
        assertThat(video.accountId()).isEqualTo(CsvMapping.DEFAULT_SOURCE);
        // Names stand in for the ids the export does not have, so ads stay apart.
        assertThat(video.campaignId()).isEqualTo("Sommer ☀ Kampagne");
        assertThat(video.adId()).isEqualTo(Option.of("Video – Eis"));
        assertThat(read.facts.get(3L).adName()).isEqualTo(Option.of("Karussell; Eis \"Vanille\""));
        assertThat(read.facts.get(3L).spend()).isEqualByComparingTo("12.5");
        assertThat(read.facts.get(3L).impressions()).isEqualTo(1002);
    }

    @Test
    void read_givenTheSameFileWithAndWithoutByteOrderMark_givesTheSameRows() {
        String file = "date,campaign,spend\n2024-05-01,Brand,12.50\n2024-05-02,Brand,3\n";
        byte[] withMark = ("\uFEFF" + file).getBytes(StandardCharsets.UTF_8);

        assertThat(read(withMark, basic(DateOrder.ISO)).facts).isEqualTo(read(file, basic(DateOrder.ISO)).facts).hasSize(2);
    }

    @Test
    void read_givenSemicolonOrComma_givesTheSameRows() {
        String comma = "date,campaign,spend\n2024-05-01,\"Brand, Nord\",\"1,200.50\"\n";
        String semicolon = "date;campaign;spend\n2024-05-01;Brand, Nord;1.200,50\n";

        assertThat(read(semicolon, basic(DateOrder.ISO)).facts).isEqualTo(read(comma, basic(DateOrder.ISO)).facts).hasSize(1);
    }

    @Test
    void read_givenQuotedLineBreak_countsTheNextRowFromTheLineItStartsOn() {
        String file = "date,campaign,spend\r\n2024-05-01,\"Summer\r\nSale\",1\r\n\r\n2024-05-02,Brand,2\r\n2024-05-03,,3\r\n";

        CsvSamples.Recording read = read(file, basic(DateOrder.ISO));

        assertThat(read.facts).containsOnlyKeys(2L, 5L);
        assertThat(read.facts.get(2L).campaignName()).isEqualTo(Option.of("Summer\r\nSale"));
        assertThat(read.problemLines).containsExactly(6L);
    }

    @Test
    void read_givenDayFirstAndMonthFirst_readsEachInItsOrder() {
        String file = "date,campaign,spend\n03/04/2024,Brand,1\n2024-04-05,Brand,1\n";

        assertThat(read(file, basic(DateOrder.DAY_FIRST)).facts.values()).map(AdPerformanceDaily::dateDay)
                .containsExactly(LocalDate.of(2024, 4, 3), LocalDate.of(2024, 4, 5));
        assertThat(read(file, basic(DateOrder.MONTH_FIRST)).facts.values()).map(AdPerformanceDaily::dateDay)
                .containsExactly(LocalDate.of(2024, 3, 4), LocalDate.of(2024, 4, 5));
    }

    @Test
    void read_givenZeroSpendAndNoOtherMeasures_storesARowOfZero() {
        CsvSamples.Recording read = read("date,campaign,spend\n2024-05-01,Brand,0\n", basic(DateOrder.ISO));

        assertThat(read.problems).isEmpty();
        assertThat(read.facts.get(2L).spend()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(read.facts.get(2L).clicks()).isZero();
    }

    @Test
    void read_givenCurrencyColumnAndSymbols_takesTheCellsCurrencyOverTheMappings() {
        CsvMapping mapping = mapping(Map.of("date", "d", "campaign_name", "c", "spend", "s", "currency_code", "cur"), "EUR",
                DateOrder.ISO);

        CsvSamples.Recording read = read("d,c,s,cur\n2024-05-01,A,\"$1,200\",USD\n2024-05-01,B,€12.50,\n", mapping);

        assertThat(read.problems).isEmpty();
        assertThat(read.facts.values()).map(fact -> fact.currencyCode().get().getCurrencyCode()).containsExactly("USD", "EUR");
        assertThat(read.facts.values()).map(AdPerformanceDaily::spend).usingElementComparator(BigDecimal::compareTo)
                .containsExactlyElementsOf(List.of(new BigDecimal("1200"), new BigDecimal("12.50")));
    }
}
