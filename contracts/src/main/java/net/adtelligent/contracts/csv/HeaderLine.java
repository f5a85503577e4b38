package net.adtelligent.contracts.csv;

import io.vavr.control.Either;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;

/**
 * The first line of a file, read only as far as its end (a quoted name may span lines), or why it
 * is no CSV header: empty, not UTF-8, binary (a spreadsheet workbook or an archive renamed .csv),
 * or too long to be one.
 */
final class HeaderLine {

    static final int MAX_LENGTH = 1 << 20;

    private HeaderLine() {
    }

    static Either<String, String> read(Reader text) {
        StringBuilder line = new StringBuilder();
        boolean quoted = false;
        boolean empty = true;
        try {
            for (int c = text.read(); c >= 0; c = text.read()) {
                empty = false;
                if (c == '"') {
                    quoted = !quoted;
                } else if ((c == '\n' || c == '\r') && !quoted) {
                    break;
                }
                if (isBinary((char) c)) {
                    return Either.left(binary());
                }
                if (line.length() == MAX_LENGTH) {
                    return Either.left("the first line is longer than " + (MAX_LENGTH >> 20)
                            + " MB: it is no header of column names");
                }
                line.append((char) c);
            }
        } catch (UnreadableLine e) {
            return Either.left("line 1 " + e.reason());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (empty) {
            return Either.left("the file is empty");
        }
        if (line.toString().isBlank()) {
            return Either.left("the first line is empty: it should name the columns");
        }
        return Either.right(line.toString());
    }

    // Text has no control characters but tabs and line breaks; a zip or xlsx starts with some.
    static boolean isBinary(char c) {
        return c < 0x20 && c != '\t' && c != '\n' && c != '\r';
    }

    static String binary() {
        return "the file is binary, not CSV text (an Excel workbook? save it as \"CSV UTF-8\" and upload that)";
    }
}
