package net.adtelligent.contracts.csv;

import io.vavr.control.Option;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Iterator;
import net.adtelligent.domain.upload.RowProblem;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The records of a CSV text, one at a time, each with the line it starts on (a quoted value may
 * span lines, so this is not a count of records). A text that stops being readable (not UTF-8,
 * a quote that never closes, a row too long to hold) ends early, with a problem naming the line.
 */
final class CsvRows {

    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final long linesBefore;
    private long line;
    private Option<RowProblem> stopped = Option.none();

    CsvRows(Reader text, char delimiter) {
        this(text, delimiter, 0);
    }

    /** A text that starts on line {@code linesBefore + 1} of its file (the lines above were skipped). */
    CsvRows(Reader text, char delimiter, long linesBefore) {
        this.parser = parse(new RowLengthGuard(text, delimiter, linesBefore + 1), delimiter);
        this.records = parser.iterator();
        this.linesBefore = linesBefore;
    }

    /** The next record; null at the end of the text or where it stopped being readable. */
    CSVRecord next() {
        if (stopped.isDefined()) {
            return null;
        }
        // The parser counts the line breaks it has passed; the next record starts on the line after.
        line = linesBefore + parser.getCurrentLineNumber() + 1;
        try {
            return records.hasNext() ? records.next() : null;
        } catch (UncheckedIOException e) {
            UnreadableLine unreadable = UnreadableLine.in(e);
            stopped = Option.of(unreadable == null
                    ? new RowProblem(line, "", "starts a row that cannot be read: a quote (\") that never closes, "
                            + "or text after a closing quote")
                    : new RowProblem(unreadable.line(), "", unreadable.reason()));
            return null;
        }
    }

    /** The file's line the record last returned starts on. */
    long line() {
        return line;
    }

    /** Why the text ended early, if it did. */
    Option<RowProblem> stopped() {
        return stopped;
    }

    // Empty lines are records too, so that every record's line can be counted; callers skip blank rows.
    static CSVParser parse(Reader text, char delimiter) {
        try {
            return CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get().parse(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean blank(CSVRecord record) {
        return record.stream().allMatch(String::isBlank);
    }
}
