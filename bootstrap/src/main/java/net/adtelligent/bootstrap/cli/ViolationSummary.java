package net.adtelligent.bootstrap.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.adtelligent.contracts.Violation;

/**
 * Counts records and violations by field for a report. It keeps one example per field, not every
 * violation, so a file with a million broken records still makes a short report in flat memory.
 */
final class ViolationSummary {

    private static final int EXAMPLE_LINES = 20;

    private final String stream;
    private final Map<String, Integer> countByField = new LinkedHashMap<>();
    private final Map<String, String> exampleByField = new LinkedHashMap<>();
    private final Map<Long, List<Violation>> firstInvalid = new LinkedHashMap<>();
    private long records;
    private long invalid;

    ViolationSummary(String stream) {
        this.stream = stream;
    }

    void record(long line, List<Violation> violations) {
        records++;
        if (violations.isEmpty()) {
            return;
        }
        invalid++;
        if (firstInvalid.size() < EXAMPLE_LINES) {
            firstInvalid.put(line, violations);
        }
        for (Violation violation : violations) {
            String field = violation.pointer().isEmpty() ? "(record)" : violation.pointer();
            countByField.merge(field, 1, Integer::sum);
            exampleByField.putIfAbsent(field, violation.message());
        }
    }

    boolean anyInvalid() {
        return invalid > 0;
    }

    void print(PrintWriter out) {
        out.printf("%s: %d records, %d valid, %d invalid%n", stream, records, records - invalid, invalid);
        countByField.forEach((field, count) ->
                out.printf("  %-40s %6d  e.g. %s%n", field, count, exampleByField.get(field)));
    }

    void printJson(PrintWriter out, ObjectMapper json) throws com.fasterxml.jackson.core.JsonProcessingException {
        ObjectNode report = json.createObjectNode().put("stream", stream).put("records", records)
                .put("valid", records - invalid).put("invalid", invalid);
        ArrayNode fields = report.putArray("violations_by_field");
        countByField.forEach((field, count) -> fields.addObject()
                .put("field", field).put("count", count).put("example", exampleByField.get(field)));
        ArrayNode examples = report.putArray("first_invalid_records");
        firstInvalid.forEach((line, violations) -> {
            ArrayNode each = examples.addObject().put("line", line).putArray("violations");
            violations.forEach(v -> each.addObject().put("pointer", v.pointer()).put("expected", v.expected())
                    .put("actual", v.actual()).put("message", v.message()));
        });
        out.println(json.writeValueAsString(report));
    }
}
