package net.adtelligent.adapters.http.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvTest {

    @Test
    void row_givenPlainCells_quotesEachWithCrlf() throws IOException {
        assertThat(write(List.of("a", "b c", ""))).isEqualTo("\"a\",\"b c\",\"\"\r\n");
    }

    @Test
    void row_givenCommaQuoteOrLineBreak_quotesTheCellAndDoublesQuotes() throws IOException {
        String written = write(List.of("x,y", "say \"hi\"", "two\r\nlines", "lone\nfeed"));

        assertThat(written).isEqualTo("\"x,y\",\"say \"\"hi\"\"\",\"two\r\nlines\",\"lone\nfeed\"\r\n");
        assertThat(CsvReader.read(written)).containsExactly(List.of("x,y", "say \"hi\"", "two\r\nlines", "lone\nfeed"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://x\")", "+1+1", "-2+3", "@SUM(A1)", "\tcmd", "\rcmd"})
    void cell_givenFormulaStart_prefixesAQuoteAndQuotes(String formula) throws IOException {
        String cell = CsvReader.read(write(List.of(formula))).get(0).get(0);

        assertThat(cell).isEqualTo("'" + formula);
        assertThat(Csv.cell(formula)).startsWith("\"'");
    }

    @Test
    void cell_givenFormulaCharacterInsideACell_leavesItAlone() {
        assertThat(Csv.cell("a=b")).isEqualTo("\"a=b\"");
        assertThat(Csv.cell("2026-11-26T10:15:30Z")).isEqualTo("\"2026-11-26T10:15:30Z\"");
    }

    @Test
    void cell_givenFormulaAfterADelimiterASpreadsheetMightSplitOn_prefixesAQuoteThere() {
        assertThat(Csv.cell("a;=cmd")).isEqualTo("\"a;'=cmd\"");
        assertThat(Csv.cell("a, \"@cmd\"")).isEqualTo("\"a, \"\"'@cmd\"\"\"");
        assertThat(Csv.cell("a\t\t-1")).isEqualTo("\"a\t'\t'-1\"");
    }

    @Test
    void row_givenHostileCells_leavesNoFormulaStartForAnyGuessedDelimiter() throws IOException {
        List<String> hostile = List.of("=1+1", "a;=1+1", "a,+1", "a\t-1", "a\t@SUM(1)", "x;\"=1\"", "x; =1",
                "x\r\n=1", "x\n@1", "x;\t=1", "\t=1", "-", "a,;=1", "a;\"\" =cmd", "\r\r+1", "plain");
        String written = write(hostile) + write(List.of("b", "c;-1,@2\t=3"));

        SniffingReaders.assertNoCellStartsAFormula(written);
        assertThat(CsvReader.read(written).get(0)).hasSize(hostile.size()).endsWith("plain");
    }

    private static String write(List<String> cells) throws IOException {
        StringWriter out = new StringWriter();
        new Csv(out).row(cells);
        return out.toString();
    }
}
