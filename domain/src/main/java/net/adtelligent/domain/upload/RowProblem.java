package net.adtelligent.domain.upload;

import java.util.Objects;

/**
 * Why one row of a file cannot be stored: the line it starts on (1 is the header), the file's
 * column as the user named it (empty when the problem is the row as a whole), and the reason.
 */
public record RowProblem(long line, String column, String reason) {

    public RowProblem {
        if (line < 1) {
            throw new IllegalArgumentException("lines count from 1: " + line);
        }
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(reason, "reason");
    }
}
