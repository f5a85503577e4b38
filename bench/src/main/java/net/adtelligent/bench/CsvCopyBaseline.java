package net.adtelligent.bench;

import java.nio.file.Path;
import java.util.List;

/**
 * The yardstick of {@code adtelligent-bench csv-import}: PostgreSQL's own COPY of the same CSV file into a
 * plain table, on the database the import writes to. It is a port of the benchmark, not of the
 * core, because only the database adapter may speak SQL and the core has no reason to copy raw files.
 */
public interface CsvCopyBaseline {

    /**
     * Copies {@code csv} (a header line, then rows) with {@code COPY ... FROM STDIN (FORMAT csv, HEADER)}
     * into a new table of {@code columns} (each "name type", e.g. "cost numeric"), dropped afterwards.
     *
     * @return the rows COPY reported and the time of the COPY statement alone, without creating or dropping the table
     */
    Copied copy(Path csv, List<String> columns);

    /** How the COPY runs, for the report: client, server version. */
    String describe();

    record Copied(long rows, long nanos) {

        public Copied {
            if (rows < 0 || nanos <= 0) {
                throw new IllegalArgumentException("rows must be at least 0 and nanos positive: " + rows + ", " + nanos);
            }
        }
    }
}
