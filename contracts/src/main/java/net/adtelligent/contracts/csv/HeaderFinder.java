package net.adtelligent.contracts.csv;

import io.vavr.control.Either;
import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/**
 * Where a file's header is. Exports from the platforms' reporting pages put lines above it (a
 * report name, the date range, the time zone, a blank line): the header is the first line, among
 * the first {@value #MAX_PREAMBLE_LINES}, that names at least two distinct columns, none of them
 * a number or a date, and is followed by a row with as many fields. A file where no line looks so
 * has its header on line 1, and whatever is wrong with that line is said of it.
 */
final class HeaderFinder {

    static final int MAX_PREAMBLE_LINES = 100;
    // What is looked at below line 1: preambles are a few short lines.
    private static final long MAX_SCAN_CHARS = 2L * HeaderLine.MAX_LENGTH;

    /** The header's text (a quoted name may span lines) and the line it starts on, from 1. */
    record Header(String text, long line) {
    }

    private record Line(String text, long number) {
    }

    private HeaderFinder() {
    }

    static Either<String, Header> find(Reader text) {
        List<Line> lines = new ArrayList<>();
        PushbackReader in = new PushbackReader(text, 1);
        long physical = 1;
        long read = 0;
        try {
            scan:
            while (lines.size() <= MAX_PREAMBLE_LINES) {
                StringBuilder line = new StringBuilder();
                long start = physical;
                boolean quoted = false;
                boolean ended = false;
                int c;
                while ((c = in.read()) >= 0) {
                    if (c == '"') {
                        quoted = !quoted;
                    } else if (c == '\n' || c == '\r') {
                        physical++;
                        if (c == '\r') {
                            int next = in.read();
                            if (next >= 0 && next != '\n') {
                                in.unread(next);
                            }
                        }
                        if (!quoted) {
                            ended = true;
                            break;
                        }
                    } else if (HeaderLine.isBinary((char) c)) {
                        // On line 1 the file is no text; further down, the rows' reader reports the row.
                        if (lines.isEmpty()) {
                            return Either.left(HeaderLine.binary());
                        }
                        break scan;
                    }
                    if (++read > MAX_SCAN_CHARS && !lines.isEmpty()) {
                        break scan; // lines of data, not a preamble: the rows' reader takes them
                    }
                    if (line.length() == HeaderLine.MAX_LENGTH) {
                        if (lines.isEmpty()) {
                            return Either.left("the first line is longer than " + (HeaderLine.MAX_LENGTH >> 20)
                                    + " MB: it is no header of column names");
                        }
                        break scan;
                    }
                    line.append((char) c);
                }
                if (!ended && line.isEmpty()) {
                    break;
                }
                lines.add(new Line(line.toString(), start));
                if (!ended) {
                    break;
                }
            }
        } catch (UnreadableLine e) {
            // Bytes that are not text below the first line are the rows' problem, reported with them.
            if (lines.isEmpty()) {
                return Either.left("line " + e.line() + " " + e.reason());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (lines.isEmpty()) {
            return Either.left("the file is empty");
        }
        for (int i = 0; i < lines.size(); i++) {
            if (header(lines, i)) {
                return Either.right(new Header(lines.get(i).text(), lines.get(i).number()));
            }
        }
        if (lines.get(0).text().isBlank()) {
            return Either.left("the first line is empty: it should name the columns");
        }
        return Either.right(new Header(lines.get(0).text(), 1));
    }

    private static boolean header(List<Line> lines, int at) {
        String text = lines.get(at).text();
        char delimiter = DelimiterSniffer.sniff(text);
        List<String> names = cells(text, delimiter);
        if (names.size() < 2 || new HashSet<>(names).size() < names.size()
                || names.stream().anyMatch(name -> name.isEmpty() || looksLikeData(name))) {
            return false;
        }
        for (int next = at + 1; next < lines.size(); next++) {
            if (!lines.get(next).text().isBlank()) {
                return cells(lines.get(next).text(), delimiter).size() == names.size();
            }
        }
        return false;
    }

    // A number, an amount or a day: digits and no letter ("2024-12-01", "1,234.50", "€12").
    private static boolean looksLikeData(String cell) {
        return cell.chars().anyMatch(Character::isDigit) && cell.chars().noneMatch(Character::isLetter);
    }

    private static List<String> cells(String line, char delimiter) {
        try {
            var records = CsvRows.parse(new StringReader(line), delimiter).iterator();
            return records.hasNext() ? records.next().stream().map(String::strip).toList() : List.of();
        } catch (UncheckedIOException | IllegalStateException unreadable) {
            return List.of();
        }
    }
}
