package net.adtelligent.adapters.http.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a CSV text the ways a spreadsheet might when it guesses: comma, semicolon or tab as the
 * delimiter, honouring the double quotes or not, and asserts no cell any of them finds starts a
 * formula, even after the quotes and spaces a spreadsheet may strip.
 */
final class SniffingReaders {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private SniffingReaders() {
    }

    static void assertNoCellStartsAFormula(String csv) {
        for (char delimiter : new char[] {',', ';', '\t'}) {
            for (Character quote : new Character[] {'"', null}) {
                String how = "delimiter " + (int) delimiter + ", quote " + quote;
                assertThat(cells(csv, delimiter, quote)).as(how).isNotEmpty().allSatisfy(cell -> {
                    String visible = cell.replaceFirst("^[\" ]+", "");
                    assertThat(visible.isEmpty() || FORMULA_STARTS.indexOf(visible.charAt(0)) < 0)
                            .as(how + ": cell <" + cell + ">").isTrue();
                });
            }
        }
    }

    private static List<String> cells(String csv, char delimiter, Character quote) {
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setQuote(quote)
                .setTrailingData(true).setLenientEof(true).get();
        List<String> cells = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(csv), format)) {
            for (CSVRecord record : parser) {
                record.forEach(cells::add);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return cells;
    }
}
