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

    private enum State { FIELD_START, UNQUOTED, QUOTED, QUOTE_IN_QUOTED }

    private final char delimiter;
    private State state = State.FIELD_START;
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

    @Override
    public int read(char[] target, int offset, int length) throws IOException {
        int count = in.read(target, offset, length);
        for (int i = offset; i < offset + count; i++) {
            follow(target[i]);
        }
        return count;
    }

    private void follow(char c) throws UnreadableLine {
        if (c == '\n') {
            line++;
        }
        boolean lineBreak = c == '\n' || c == '\r';
        state = switch (state) {
            case QUOTED -> c == '"' ? State.QUOTE_IN_QUOTED : State.QUOTED;
            case QUOTE_IN_QUOTED -> c == '"' ? State.QUOTED : next(c, lineBreak, State.UNQUOTED);
            case FIELD_START -> c == '"' ? State.QUOTED : next(c, lineBreak, State.UNQUOTED);
            case UNQUOTED -> next(c, lineBreak, State.UNQUOTED);
        };
        if (state == State.FIELD_START && lineBreak) {
            rowStart = line;
            rowChars = 0;
        } else if (++rowChars > MAX_ROW_CHARS) {
            throw new UnreadableLine(rowStart, "starts a row of more than a million characters: "
                    + "is a quote (\") left open?");
        }
    }

    private State next(char c, boolean lineBreak, State otherwise) {
        return c == delimiter || lineBreak ? State.FIELD_START : otherwise;
    }
}
