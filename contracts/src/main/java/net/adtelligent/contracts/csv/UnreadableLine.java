package net.adtelligent.contracts.csv;

import java.io.IOException;

/**
 * A file stops being readable on {@code line} (counted from 1), for {@code reason}, a sentence
 * about that line. Thrown from inside the CSV parser's reads, hence an IOException.
 */
final class UnreadableLine extends IOException {

    private final long line;
    private final String reason;

    UnreadableLine(long line, String reason) {
        super("line " + line + " " + reason);
        this.line = line;
        this.reason = reason;
    }

    long line() {
        return line;
    }

    String reason() {
        return reason;
    }

    /** The unreadable line behind a parser's exception, if that is what stopped it. */
    static UnreadableLine in(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof UnreadableLine unreadable) {
                return unreadable;
            }
        }
        return null;
    }
}
