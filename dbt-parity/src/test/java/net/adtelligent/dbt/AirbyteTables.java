package net.adtelligent.dbt;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.adtelligent.contracts.FieldRule;
import net.adtelligent.contracts.JsonType;
import net.adtelligent.contracts.StreamContract;

/**
 * SQL that lays records out as Airbyte's PostgreSQL destination does (direct load): a typed table
 * per stream and connection in the tenant's namespace, one column per top-level field (objects and
 * arrays as JSON), plus Airbyte's metadata columns. The same text serves PostgreSQL and DuckDB.
 */
final class AirbyteTables {

    enum Dialect {
        POSTGRES("jsonb", "numeric"), DUCKDB("json", "decimal(38, 10)");

        final String json;
        final String decimal;

        Dialect(String json, String decimal) {
            this.json = json;
            this.decimal = decimal;
        }
    }

    /** A record as it lands: its data and when Airbyte extracted it. */
    record Landed(JsonNode data, Instant extractedAt) {
    }

    private AirbyteTables() {
    }

    static String schema(UUID tenant) {
        return "adt_" + tenant.toString().replace("-", "");
    }

    static String table(UUID connection, StreamContract stream) {
        return "c" + connection.toString().replace("-", "").substring(0, 8) + "_" + stream.upstream().orElseThrow().stream();
    }

    static List<String> statements(Dialect dialect, UUID tenant, UUID connection, StreamContract stream, List<Landed> records) {
        String qualified = schema(tenant) + "." + table(connection, stream);
        List<String> statements = new ArrayList<>();
        statements.add("create schema if not exists " + schema(tenant));
        StringBuilder create = new StringBuilder("create table " + qualified + " (_airbyte_raw_id text not null, "
                + "_airbyte_extracted_at timestamptz not null, _airbyte_meta " + dialect.json + " not null, "
                + "_airbyte_generation_id bigint");
        Map<String, FieldRule> fields = stream.schema().properties();
        fields.forEach((name, rule) -> create.append(", ").append(quote(name)).append(" ").append(type(dialect, rule)));
        statements.add(create.append(")").toString());
        for (Landed record : records) {
            StringBuilder insert = new StringBuilder("insert into " + qualified + " values ('" + UUID.randomUUID()
                    + "', cast('" + record.extractedAt() + "' as timestamptz), cast('{\"sync_id\": 1, \"changes\": []}' as "
                    + dialect.json + "), 0");
            fields.forEach((name, rule) -> insert.append(", ").append(value(dialect, rule, record.data().get(name))));
            statements.add(insert.append(")").toString());
        }
        return statements;
    }

    private static String type(Dialect dialect, FieldRule rule) {
        if (rule.types().contains(JsonType.OBJECT) || rule.types().contains(JsonType.ARRAY)) {
            return dialect.json;
        } else if (rule.types().contains(JsonType.STRING)) {
            return rule.format().filter("date"::equals).isPresent() ? "date" : "text";
        } else if (rule.types().contains(JsonType.NUMBER)) {
            return dialect.decimal;
        } else if (rule.types().contains(JsonType.INTEGER)) {
            return "bigint";
        }
        return rule.types().contains(JsonType.BOOLEAN) ? "boolean" : "text";
    }

    private static String value(Dialect dialect, FieldRule rule, JsonNode node) {
        if (node == null || node.isNull()) {
            return "null";
        }
        String text = node.isContainerNode() ? node.toString() : node.asText();
        return "cast('" + text.replace("'", "''") + "' as " + type(dialect, rule) + ")";
    }

    static String quote(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }
}
