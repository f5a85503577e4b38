package net.adtelligent.contracts.csv;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import net.adtelligent.domain.fx.FxRate;
import net.adtelligent.domain.upload.RowProblem;
import org.apache.commons.csv.CSVRecord;

/**
 * An exchange-rate file, as an operator imports it: a header {@code date,base,quote,rate,source}
 * (any order and case, other columns ignored), {@code ,} or {@code ;} between fields, UTF-8 with or
 * without a byte-order mark; one rate a line, {@code 2024-05-01,EUR,USD,1.0842,ECB}. Rates stream
 * to the consumer in file order; the problems of every other line come back, each with its line.
 */
public final class FxRateFile {

    private static final List<String> COLUMNS = List.of("date", "base", "quote", "rate", "source");

    private FxRateFile() {
    }

    public static List<RowProblem> read(InputStream file, Consumer<FxRate> rates) {
        BufferedReader text = new BufferedReader(new TextReader(file));
        Either<String, String> headerLine;
        try {
            // The header line decides the delimiter; then the parser reads it again as its first record.
            text.mark(HeaderLine.MAX_LENGTH + 2);
            headerLine = HeaderLine.read(text);
            text.reset();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (headerLine.isLeft()) {
            return List.of(new RowProblem(1, "", headerLine.getLeft()));
        }
        char delimiter = DelimiterSniffer.sniff(headerLine.get());
        CsvRows rows = new CsvRows(text, delimiter);
        CSVRecord header = rows.next();
        if (header == null) {
            return rows.stopped().toJavaList();
        }
        List<String> names = header.stream().map(String::strip).toList();
        List<String> lowerCase = names.stream().map(name -> name.toLowerCase(Locale.ROOT)).toList();
        List<String> missing = COLUMNS.stream().filter(column -> !lowerCase.contains(column)).toList();
        if (!missing.isEmpty()) {
            return List.of(new RowProblem(1, "", "the header has no column " + String.join(", ", missing)
                    + ": it needs " + String.join(",", COLUMNS)));
        }
        Columns columns = new Columns(names, COLUMNS.stream().map(lowerCase::indexOf).toList(), delimiter);
        List<RowProblem> problems = new ArrayList<>();
        for (CSVRecord row = rows.next(); row != null; row = rows.next()) {
            if (CsvRows.blank(row)) {
                continue;
            }
            if (row.size() != names.size()) {
                problems.add(new RowProblem(rows.line(), "", "has " + row.size() + " fields where the header has "
                        + names.size()));
                continue;
            }
            columns.rate(rows.line(), row, problems).forEach(rates);
        }
        rows.stopped().forEach(problems::add);
        return problems;
    }

    /** Where date, base, quote, rate and source are, by their header as the file writes it. */
    private record Columns(List<String> names, List<Integer> at, char delimiter) {

        /** The line's rate, or none with every problem of the line added. */
        Option<FxRate> rate(long line, CSVRecord row, List<RowProblem> problems) {
            int before = problems.size();
            LocalDate date = check(line, 0, DateCell.iso(cell(row, 0)), problems);
            Currency base = check(line, 1, CurrencyCode.parse(cell(row, 1)).map(Currency::getInstance), problems);
            Currency quote = check(line, 2, CurrencyCode.parse(cell(row, 2)).map(Currency::getInstance), problems);
            BigDecimal rate = check(line, 3, rate(cell(row, 3)), problems);
            if (base != null && base.equals(quote)) {
                problems.add(new RowProblem(line, names.get(at.get(2)),
                        "is the base currency too: a rate converts between two"));
            }
            if (cell(row, 4).isEmpty()) {
                problems.add(new RowProblem(line, names.get(at.get(4)),
                        "names no source: say who published the rate, such as ECB"));
            }
            return problems.size() == before ? Option.of(new FxRate(date, base, quote, rate, cell(row, 4))) : Option.none();
        }

        // A decimal comma only where ';' separates the fields; rates have no thousands separators.
        private Either<String, BigDecimal> rate(String text) {
            String plain = delimiter == ';' ? text.replace(',', '.') : text;
            if (!plain.matches("-?([0-9]+(\\.[0-9]+)?|\\.[0-9]+)")) {
                return Either.left("'" + text + "' is not a number");
            }
            BigDecimal rate = new BigDecimal(plain);
            return rate.signum() > 0 ? Either.right(rate) : Either.left("'" + text + "' is not a rate: a rate is above 0");
        }

        private String cell(CSVRecord row, int column) {
            return row.get(at.get(column)).strip();
        }

        private <T> T check(long line, int column, Either<String, T> value, List<RowProblem> problems) {
            if (value.isLeft()) {
                problems.add(new RowProblem(line, names.get(at.get(column)), value.getLeft()));
                return null;
            }
            return value.get();
        }
    }
}
