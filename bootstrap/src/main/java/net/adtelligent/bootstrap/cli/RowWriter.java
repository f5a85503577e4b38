package net.adtelligent.bootstrap.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import net.adtelligent.contracts.Column;
import net.adtelligent.contracts.Fact;
import net.adtelligent.contracts.UnifiedRow;

/** Prints unified rows under the fact's column names: CSV (RFC 4180, with a header) or JSON Lines. */
final class RowWriter {

    enum Format { csv, jsonl }

    private final ObjectMapper json = new ObjectMapper();
    private final PrintWriter out;
    private final Format format;
    private final List<String> columns;

    RowWriter(PrintWriter out, Format format, Fact fact) {
        this.out = out;
        this.format = format;
        this.columns = fact.columns().stream().map(Column::name).toList();
    }

    void header() {
        if (format == Format.csv) {
            out.println(String.join(",", columns));
        }
    }

    void write(UnifiedRow row) throws JsonProcessingException {
        if (format == Format.csv) {
            out.println(columns.stream().map(column -> csv(row.get(column))).collect(Collectors.joining(",")));
            return;
        }
        ObjectNode line = json.createObjectNode();
        for (String column : columns) {
            Object value = row.get(column);
            if (value == null) {
                line.putNull(column);
            } else if (value instanceof BigDecimal number) {
                line.put(column, number);
            } else if (value instanceof Long count) {
                line.put(column, count);
            } else {
                line.put(column, value.toString());
            }
        }
        out.println(json.writeValueAsString(line));
    }

    // Names hold commas, quotes and line breaks ("Brand, Zürich"); those are quoted, quotes doubled.
    private static String csv(Object value) {
        if (value == null) {
            return "";
        }
        String text = value instanceof BigDecimal number ? number.toPlainString() : value.toString();
        boolean quote = text.chars().anyMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r')
                || !text.equals(text.strip());
        return quote ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
