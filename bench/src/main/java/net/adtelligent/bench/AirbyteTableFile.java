package net.adtelligent.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.adtelligent.contracts.FieldRule;
import net.adtelligent.contracts.JsonType;
import net.adtelligent.contracts.StreamContract;

/**
 * Airbyte RECORD messages as Airbyte's PostgreSQL destination lands them (direct load): a typed
 * table per stream and connection in the tenant's namespace, one column per top-level field of the
 * contract (objects and arrays as JSON), plus Airbyte's metadata columns; written as CSV for COPY.
 * The same layout as the dbt parity test's tables (dbt/README.md).
 */
public final class AirbyteTableFile {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final StreamContract stream;

    public AirbyteTableFile(StreamContract stream) {
        this.stream = stream;
    }

    public static String schema(UUID tenant) {
        return "adt_" + tenant.toString().replace("-", "");
    }

    public String table(UUID connection) {
        return "c" + connection.toString().replace("-", "").substring(0, 8) + "_" + stream.upstream().orElseThrow().stream();
    }

    /** The table's columns, each "name type". */
    public List<String> columns() {
        List<String> columns = new ArrayList<>(List.of("_airbyte_raw_id text not null", "_airbyte_extracted_at timestamptz not null",
                "_airbyte_meta jsonb not null", "_airbyte_generation_id bigint"));
        stream.schema().properties().forEach((name, rule) -> columns.add(quote(name) + " " + type(rule)));
        return columns;
    }

    /** Writes the RECORD lines of {@code messages} as CSV rows of {@link #columns()}; answers how many. */
    public long csv(Path messages, Path csv) throws IOException {
        long rows = 0;
        Map<String, FieldRule> fields = stream.schema().properties();
        try (BufferedReader in = Files.newBufferedReader(messages, StandardCharsets.UTF_8);
             BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                JsonNode message = JSON.readTree(line);
                if (!"RECORD".equals(message.path("type").asText())) {
                    continue;
                }
                JsonNode record = message.get("record");
                JsonNode data = record.get("data");
                out.write(UUID.nameUUIDFromBytes(Long.toString(rows).getBytes(StandardCharsets.UTF_8)).toString());
                out.write(",");
                out.write(Instant.ofEpochMilli(record.path("emitted_at").asLong()).toString());
                out.write(",\"{\"\"sync_id\"\": 1, \"\"changes\"\": []}\",0");
                for (String name : fields.keySet()) {
                    out.write(',');
                    JsonNode value = data.get(name);
                    if (value != null && !value.isNull()) {
                        out.write('"');
                        out.write((value.isContainerNode() ? value.toString() : value.asText()).replace("\"", "\"\""));
                        out.write('"');
                    }
                }
                out.write('\n');
                rows++;
            }
        }
        return rows;
    }

    private static String type(FieldRule rule) {
        if (rule.types().contains(JsonType.OBJECT) || rule.types().contains(JsonType.ARRAY)) {
            return "jsonb";
        } else if (rule.types().contains(JsonType.STRING)) {
            return rule.format().filter("date"::equals).isPresent() ? "date" : "text";
        } else if (rule.types().contains(JsonType.NUMBER)) {
            return "numeric";
        } else if (rule.types().contains(JsonType.INTEGER)) {
            return "bigint";
        }
        return rule.types().contains(JsonType.BOOLEAN) ? "boolean" : "text";
    }

    private static String quote(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }
}
