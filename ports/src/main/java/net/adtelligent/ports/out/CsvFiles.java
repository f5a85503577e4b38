package net.adtelligent.ports.out;

import io.vavr.control.Either;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import net.adtelligent.domain.fact.AdPerformanceDaily;
import net.adtelligent.domain.connection.ConnectionId;
import net.adtelligent.domain.tenant.TenantId;
import net.adtelligent.domain.upload.CsvMapping;
import net.adtelligent.domain.upload.RowProblem;

/**
 * Reads users' CSV exports: UTF-8 with or without a byte-order mark, or UTF-16 with one;
 * {@code ,}, {@code ;} or tabs between fields; quoted fields that may hold the delimiter, quotes
 * and line breaks; the header below any lines a platform's export puts above it; totals rows and
 * footers recognised, never counted. Rows become ad facts through the generic CSV data contract.
 * Files are streamed, never held in memory.
 */
public interface CsvFiles {

    /** The header: column names and delimiter; or, in a sentence, why this is not a CSV file we can read. */
    Either<String, Layout> inspect(InputStream file);

    /**
     * Maps every data row, in file order: each either becomes a fact ({@link RowSink#row}) or gets
     * every problem found in it ({@link RowSink#problems}), never both. A row with bytes that are
     * not UTF-8 is a problem of its own and reading goes on; a file that stops being readable midway
     * (an unclosed quote, a row too long) ends with a problem on the line it stopped at.
     */
    void read(InputStream file, Layout layout, CsvMapping mapping, Target target, RowSink sink);

    /** {@code headerLine}: the line the header starts on (1 unless the export has lines above it). */
    record Layout(List<String> headers, char delimiter, long headerLine) {
        public Layout {
            headers = List.copyOf(headers);
            if (headerLine < 1) {
                throw new IllegalArgumentException("lines are counted from 1: " + headerLine);
            }
        }

        public Layout(List<String> headers, char delimiter) {
            this(headers, delimiter, 1);
        }
    }

    /** Whose facts the rows become, and the extraction time they carry (the upload's). */
    record Target(TenantId tenant, ConnectionId connection, Instant extractedAt) {
        public Target {
            Objects.requireNonNull(tenant, "tenant");
            Objects.requireNonNull(connection, "connection");
            Objects.requireNonNull(extractedAt, "extractedAt");
        }
    }

    interface RowSink {

        /** {@code line}: where the row starts in the file (the header is line 1). */
        void row(long line, AdPerformanceDaily fact);

        void problems(long line, List<RowProblem> problems);

        /** A row that is no data (a totals row, a footer), with why: left out, never counted. */
        default void skipped(long line, String reason) {
        }
    }
}
