package net.adtelligent.adapters.postgres;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * A batch of facts, each key once, into its table as the ingest stores them: COPY into a temporary
 * table of the same columns (COPY cannot write into a table under row-level security), then one
 * statement for the batch instead of one per row. Every key new (a first sync, new days): a plain
 * insert. A key stored already undoes that to a savepoint, and {@code insert … on conflict do update}
 * decides row by row with the rule of every fact store: the row of the latest extraction stays,
 * an equal one replaces it. Inside the caller's transaction; the temporary table goes with it.
 */
final class FactCopy {

    /** Characters of COPY data sent at a time. */
    private static final int CHUNK_CHARS = 256 * 1024;

    private final int columns;
    private final String create;
    private final String copy;
    private final String insert;
    private final String upsert;

    FactCopy(String table, List<String> keyColumns, List<String> valueColumns) {
        List<String> columns = new ArrayList<>(keyColumns);
        columns.addAll(valueColumns);
        this.columns = columns.size();
        String names = String.join(", ", columns);
        this.create = "create temp table fact_rows (like " + table + ") on commit drop";
        this.copy = "copy fact_rows (" + names + ") from stdin with (format csv)";
        this.insert = "insert into " + table + " (" + names + ") select " + names + " from fact_rows";
        this.upsert = insert.replace("insert into " + table, "insert into " + table + " as stored") + " on conflict ("
                + String.join(", ", keyColumns) + ") do update set " + valueColumns.stream()
                .map(column -> column + " = excluded." + column).collect(Collectors.joining(", "))
                + " where excluded.source_extracted_at >= stored.source_extracted_at";
    }

    /** {@code values}: every column's value in the order of the key's columns, then the values'. */
    <F> void store(Handle handle, List<F> rows, Function<F, Object[]> values) {
        if (rows.isEmpty()) {
            return;
        }
        handle.execute("drop table if exists fact_rows"); // an earlier batch of the same unit
        handle.execute(create);
        send(handle, rows, values);
        handle.execute("savepoint fact_rows_new");
        try {
            handle.execute(insert);
            handle.execute("release savepoint fact_rows_new");
        } catch (UnableToExecuteStatementException failure) {
            if (!(failure.getCause() instanceof SQLException cause && "23505".equals(cause.getSQLState()))) {
                throw failure;
            }
            handle.execute("rollback to savepoint fact_rows_new");
            handle.execute(upsert);
        }
    }

    private <F> void send(Handle handle, List<F> rows, Function<F, Object[]> values) {
        CopyIn in;
        try {
            in = handle.getConnection().unwrap(PGConnection.class).getCopyAPI().copyIn(copy);
        } catch (SQLException failure) {
            throw failed(failure);
        }
        try {
            StringBuilder text = new StringBuilder();
            for (F row : rows) {
                Object[] fields = values.apply(row);
                if (fields.length != columns) {
                    throw new IllegalStateException(fields.length + " values for " + columns + " columns");
                }
                for (int i = 0; i < fields.length; i++) {
                    if (i > 0) {
                        text.append(',');
                    }
                    field(text, fields[i]);
                }
                text.append('\n');
                if (text.length() >= CHUNK_CHARS) {
                    write(in, text);
                }
            }
            write(in, text);
            in.endCopy();
        } catch (SQLException failure) {
            throw failed(failure);
        } finally {
            if (in.isActive()) {
                try {
                    in.cancelCopy();
                } catch (SQLException ignored) {
                    // The failure that got us here is the one to report; the transaction is rolled back.
                }
            }
        }
    }

    /** In CSV, COPY reads an empty unquoted field as null and "" as the empty string: every value is quoted. */
    private static void field(StringBuilder text, Object value) {
        if (value == null) {
            return;
        }
        String plain = value instanceof BigDecimal number ? number.toPlainString() : value.toString();
        text.append('"').append(plain.indexOf('"') < 0 ? plain : plain.replace("\"", "\"\"")).append('"');
    }

    private static void write(CopyIn in, StringBuilder text) throws SQLException {
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        in.writeToCopy(bytes, 0, bytes.length);
        text.setLength(0);
    }

    private static UnableToExecuteStatementException failed(SQLException failure) {
        return new UnableToExecuteStatementException("copying the facts failed", failure, null);
    }
}
