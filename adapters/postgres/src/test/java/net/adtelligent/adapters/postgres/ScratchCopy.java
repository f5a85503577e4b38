package net.adtelligent.adapters.postgres;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.postgresql.PGConnection;

/**
 * PostgreSQL's own COPY of a CSV file into a plain table: the yardstick {@code adtelligent-bench csv-import}
 * compares the import with. As the owner, in a table created for it and dropped afterwards. A test
 * fixture (this module's test-jar): DDL as the schema owner is nothing the service does.
 */
public final class ScratchCopy {

    private ScratchCopy() {
    }

    /** What was copied, and how long the COPY statement alone took. */
    public record Copied(long rows, long nanos) {
    }

    /** COPY of {@code csv} (header first) into a new plain table of {@code columns} ("name type" each), dropped afterwards. */
    public static Copied run(PostgresDatabase database, Path csv, List<String> columns) {
        DataSource owner = database.owner();
        for (String column : columns) {
            if (!column.matches("[a-z_][a-z0-9_]* [a-z ]+")) {
                throw new IllegalArgumentException("a column is 'name type' in lower case: " + column);
            }
        }
        String table = "bench_csv_copy_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection connection = owner.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("create table " + table + " (" + String.join(", ", columns) + ")");
            try (InputStream in = Files.newInputStream(csv)) {
                long started = System.nanoTime();
                long rows = connection.unwrap(PGConnection.class).getCopyAPI()
                        .copyIn("copy " + table + " from stdin with (format csv, header true)", in);
                return new Copied(rows, System.nanoTime() - started);
            } finally {
                statement.execute("drop table if exists " + table);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("COPY failed: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
