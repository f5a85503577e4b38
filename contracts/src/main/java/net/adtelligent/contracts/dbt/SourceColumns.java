package net.adtelligent.contracts.dbt;

import com.fasterxml.jackson.core.JsonPointer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.adtelligent.contracts.FieldRule;
import net.adtelligent.contracts.JsonType;
import net.adtelligent.contracts.StreamContract;

/**
 * How a record's fields sit in Airbyte's typed table: each top-level field is a column of its own
 * name; objects and arrays are JSON columns, reached into with a path. The views over those tables
 * hand every scalar on as text, so staging reads a JSON pointer as text either way.
 */
final class SourceColumns {

    private SourceColumns() {
    }

    /** The top-level columns of the stream's table: name to "json" or "text". */
    static Map<String, String> of(StreamContract stream) {
        Map<String, String> columns = new LinkedHashMap<>();
        stream.schema().properties().forEach((name, rule) -> columns.put(name, isJson(rule) ? "json" : "text"));
        return columns;
    }

    static boolean isJson(FieldRule rule) {
        return rule.types().contains(JsonType.OBJECT) || rule.types().contains(JsonType.ARRAY);
    }

    /** SQL reading the value at the pointer as text (null when absent). */
    static String text(JsonPointer pointer) {
        List<String> steps = steps(pointer);
        String column = quote(steps.get(0));
        if (steps.size() == 1) {
            return column;
        }
        return "{{ adt_json_text('" + column.replace("'", "''") + "', " + pathList(steps.subList(1, steps.size())) + ") }}";
    }

    /** SQL naming the top-level column the pointer starts in. */
    static String column(JsonPointer pointer) {
        return quote(steps(pointer).get(0));
    }

    static List<String> steps(JsonPointer pointer) {
        List<String> steps = new ArrayList<>();
        for (JsonPointer at = pointer; at != null && !at.matches(); at = at.tail()) {
            steps.add(at.getMatchingProperty());
        }
        return steps;
    }

    static String quote(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }

    private static String pathList(List<String> path) {
        return "[" + String.join(", ", path.stream().map(step -> "'" + step.replace("'", "''") + "'").toList()) + "]";
    }
}
