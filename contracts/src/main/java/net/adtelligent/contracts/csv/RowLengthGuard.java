package net.adtelligent.contracts.csv;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Stops reading at a row longer than {@link #MAX_ROW_CHARS}. The parser holds a row until it
 * ends, and a quote that never closes makes the rest of the file one row: without this, a broken
 * 200 MB file would sit in memory whole. Follows quoting as RFC 4180 does (a quote opens a field
 * only at its start; two quotes inside are one), so line breaks inside quoted fields do not end a row.
 */
final class RowLengthGuard extends FilterReader {

    static final int MAX_ROW_CHARS = 1 << 20;

    // Where the reader is in the row: the states of RFC 4180 quoting, as ints for the per-character loop.
    private static final int FIELD_START = 0;
    private static final int UNQUOTED = 1;
    private static final int QUOTED = 2;
    private static final int QUOTE_IN_QUOTED = 3;

    private final char delimiter;
    private int state = FIELD_START;
    private long line = 1;
    private long rowStart = 1;
    private long rowChars;

    /** {@code firstLine}: the file's line the text starts on (lines above a header may be skipped). */
    RowLengthGuard(Reader in, char delimiter, long firstLine) {
        super(in);
        this.delimiter = delimiter;
        this.line = firstLine;
        this.rowStart = firstLine;
    }

    @Override
    public int read() throws IOException {
        char[] one = new char[1];
        return read(one, 0, 1) < 0 ? -1 : one[0];
    }

    // Every character of the file passes here: the state lives in locals for the loop.
    @Override
    public int read(char[] target, int offset, int length) throws IOException {
        int count = in.read(target, offset, length);
        int now = state;
        long lines = line;
        long chars = rowChars;
        for (int i = offset; i < offset + count; i++) {
            char c = target[i];
            boolean lineBreak = c == '\n' || c == '\r';
            if (c == '\n') {
                lines++;
            }
            if (now == QUOTED) {
                now = c == '"' ? QUOTE_IN_QUOTED : QUOTED;
            } else if (c == '"' && now != UNQUOTED) {
                now = QUOTED; // opens a quoted field, or is the second of a doubled quote inside one
            } else {
                now = c == delimiter || lineBreak ? FIELD_START : UNQUOTED;
            }
            if (now == FIELD_START && lineBreak) {
                rowStart = lines;
                chars = 0;
            } else if (++chars > MAX_ROW_CHARS) {
                line = lines;
                throw new UnreadableLine(rowStart, "starts a row of more than a million characters: "
                        + "is a quote (\") left open?");
            }
        }
        state = now;
        line = lines;
        rowChars = chars;
        return count;
    }
}
