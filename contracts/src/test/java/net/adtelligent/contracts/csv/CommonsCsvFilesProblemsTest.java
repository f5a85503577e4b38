package net.adtelligent.contracts.csv;

import static net.adtelligent.contracts.csv.CsvSamples.FILES;
import static net.adtelligent.contracts.csv.CsvSamples.basic;
import static net.adtelligent.contracts.csv.CsvSamples.bytes;
import static net.adtelligent.contracts.csv.CsvSamples.mapping;
import static net.adtelligent.contracts.csv.CsvSamples.read;
import static net.adtelligent.contracts.csv.CsvSamples.resource;
import static net.adtelligent.contracts.csv.CsvSamples.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import net.adtelligent.domain.upload.CsvMapping;
import net.adtelligent.domain.upload.DateOrder;
import net.adtelligent.domain.upload.RowProblem;
import org.junit.jupiter.api.Test;

class CommonsCsvFilesProblemsTest {

    private static final CsvMapping BROKEN = mapping(Map.of("date", "Date", "campaign_name", "Campaign", "spend", "Spend",
            "currency_code", "Currency", "impressions", "Impressions", "clicks", "Clicks"), "EUR", DateOrder.DAY_FIRST);

    @Test
    void inspect_givenFilesThatAreNoCsv_saysWhyInASentence() {
        assertThat(FILES.inspect(text("")).getLeft()).isEqualTo("the file is empty");
        assertThat(FILES.inspect(text("\n2024-05-01,1\n")).getLeft()).contains("first line is empty");
        assertThat(FILES.inspect(text("Day,,Cost\n")).getLeft()).contains("column 2 of the header has no name");
        assertThat(FILES.inspect(text("Day,Cost,Clicks,Cost\n")).getLeft()).contains("'Cost' twice (columns 2 and 4)");
        assertThat(FILES.inspect(bytes(new byte[] {'P', 'K', 3, 4, 20, 0, 6, 0})).getLeft()).contains("binary");
        assertThat(FILES.inspect(bytes(new byte[] {'D', 'a', 'y', ',', 'C', 'o', (byte) 0xFC, 't', '\n'})).getLeft())
                .contains("line 1 is not UTF-8");
    }

    @Test
    void read_givenBrokenExport_reportsEveryProblemOfEachRowWithItsLineAndColumn() {
        CsvSamples.Recording read = read(resource("broken.csv"), BROKEN);

        assertThat(read.facts).containsOnlyKeys(2L, 7L);
        assertThat(read.problemLines).containsExactly(3L, 4L, 5L, 6L);
        assertThat(read.problems).containsExactly(
                new RowProblem(3, "Date", "31/02/2024 is not a date (day_first)"),
                new RowProblem(3, "Spend", "'12,5x' is not a number"),
                new RowProblem(3, "Clicks", "'4.5' is not a whole number"),
                new RowProblem(4, "Currency", "'EURO' is not a currency code (ISO 4217, such as EUR or USD)"),
                new RowProblem(4, "Campaign", "the row names no campaign: it needs a campaign id or name"),
                new RowProblem(5, "Spend", "'(12.50)' is negative: spend cannot be"),
                new RowProblem(5, "Impressions", "'-3' is negative: impressions cannot be"),
                new RowProblem(6, "", "has 5 fields where the header has 6"));
    }

    @Test
    void read_givenSlashedDateUnderIso_saysToChooseTheDateOrder() {
        CsvSamples.Recording read = read("date,campaign,spend\n01/05/2024,Brand,1\n01/05/24,Brand,1\n", basic(DateOrder.ISO));

        assertThat(read.problems).extracting(RowProblem::reason).containsExactly(
                "01/05/2024 is not an ISO date (2024-05-31): set date_order to day_first or month_first",
                "01/05/24 is not an ISO date (2024-05-31): set date_order to day_first or month_first");
        assertThat(read("date,campaign,spend\n01/05/24,Brand,1\n", basic(DateOrder.DAY_FIRST)).problems)
                .extracting(RowProblem::reason).containsExactly("01/05/24 has no four-digit year: write years in full, like 2024");
    }

    @Test
    void read_givenAmountInAnotherCurrencyThanTheRow_saysSo() {
        CsvSamples.Recording read = read("date,campaign,spend\n2024-05-01,Brand,12.50 USD\n", basic(DateOrder.ISO));

        assertThat(read.problems).containsExactly(new RowProblem(2, "spend", "the amount is in USD, the row in EUR"));
    }

    @Test
    void read_givenNoCurrencyAnywhere_refusesToGuessOne() {
        CsvMapping noCurrency = mapping(Map.of("date", "date", "campaign_name", "campaign", "spend", "spend"), null,
                DateOrder.ISO);

        CsvSamples.Recording read = read("date,campaign,spend\n2024-05-01,Brand,12.50\n2024-05-01,Brand,€3\n", noCurrency);

        assertThat(read.problems).containsExactly(new RowProblem(2, "",
                "the row has no currency: fill the cell or choose the file's currency"));
        assertThat(read.facts.get(3L).currencyCode().get().getCurrencyCode()).isEqualTo("EUR");
    }

    @Test
    void read_givenInvalidUtf8OnSeveralLines_reportsEachAndReadsTheRowsBetween() {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.writeBytes("date,campaign,spend\n2024-05-01,Brand,1\n2024-05-02,Caf".getBytes(StandardCharsets.UTF_8));
        file.write(0xE9); // "é" in Windows-1252
        file.writeBytes(",2\n2024-05-03,Brand,3\n2024-05-04,\"Multi\nline".getBytes(StandardCharsets.UTF_8));
        file.write(0xFC);
        file.writeBytes("\",4\n2024-05-05,Brand,5\n2024-05-06,Cut,6".getBytes(StandardCharsets.UTF_8));
        file.write(0xC3); // the first byte of a two-byte sequence, cut off by the end of the file

        CsvSamples.Recording read = read(file.toByteArray(), basic(DateOrder.ISO));

        assertThat(read.facts).containsOnlyKeys(2L, 4L, 7L);
        String reason = "is not UTF-8 text: save the file as \"CSV UTF-8\" and upload it again";
        assertThat(read.problems).containsExactly(new RowProblem(3, "", reason), new RowProblem(5, "", reason),
                new RowProblem(8, "", reason));
    }

    @Test
    void read_givenQuoteThatNeverCloses_stopsWithAProblemOnTheRowWhereItOpens() {
        CsvSamples.Recording read = read("date,campaign,spend\n2024-05-01,Brand,1\n2024-05-02,\"Brand,2\n2024-05-03,B,3\n",
                basic(DateOrder.ISO));

        assertThat(read.facts).containsOnlyKeys(2L);
        assertThat(read.problems).extracting(RowProblem::line).containsExactly(3L);
        assertThat(read.problems.get(0).reason()).contains("a quote (\") that never closes");
    }

    @Test
    void read_givenNulCharacterInACellPastTheSniffedStart_reportsTheCellWithoutQuotingIt() {
        // Past the first bytes: a NUL among them refuses the whole file as binary.
        String rows = "2024-05-02,Brand,2,\n".repeat(BinarySniffer.SNIFF_BYTES / 10);
        CsvSamples.Recording read = read("date,campaign,spend,note\n" + rows + "2024-05-01,Bra\0nd,1,x\0\n",
                basic(DateOrder.ISO));

        long line = 2 + BinarySniffer.SNIFF_BYTES / 10;
        assertThat(read.facts).hasSize(BinarySniffer.SNIFF_BYTES / 10).doesNotContainKey(line);
        assertThat(read.problems).containsExactly(new RowProblem(line, "campaign", ExportRow.NUL),
                new RowProblem(line, "note", ExportRow.NUL));
    }

    @Test
    void inspect_givenNulOrManyControlCharactersAmongTheFirstBytes_refusesTheFileAsBinary() {
        assertThat(FILES.inspect(text("date,campaign\n2024-05-01,Bra\0nd\n")).getLeft()).isEqualTo(BinarySniffer.BINARY);
        assertThat(FILES.inspect(text("date,campaign\n" + "\u0001\u0002x\n".repeat(50))).getLeft())
                .isEqualTo(BinarySniffer.BINARY);
        assertThat(FILES.inspect(text("date,campaign\n2024-05-01,A\u000cB\n" + "2024-05-01,Brand\n".repeat(20))).isRight())
                .isTrue();
    }
}
