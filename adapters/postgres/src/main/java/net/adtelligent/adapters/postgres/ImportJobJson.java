package net.adtelligent.adapters.postgres;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.adtelligent.domain.fact.AdPerformanceDaily;
import net.adtelligent.domain.fact.Platform;
import net.adtelligent.domain.upload.CsvMapping;
import net.adtelligent.domain.upload.DateOrder;
import net.adtelligent.domain.upload.ImportReport;
import net.adtelligent.domain.upload.RowProblem;

/**
 * An import's mappings and report as the jsonb documents of import_jobs, written by hand so the
 * domain carries no annotations. Ordered maps are arrays of pairs, as jsonb sorts object keys:
 * the columns of a mapping and the problem counts read back in the order they were made.
 */
final class ImportJobJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ImportJobJson() {
    }

    static String mapping(CsvMapping mapping) {
        ObjectNode node = JSON.createObjectNode();
        ArrayNode columns = node.putArray("columns");
        mapping.columns().forEach((field, column) -> columns.addObject().put("field", field).put("column", column));
        node.put("currency", mapping.currency().map(Currency::getCurrencyCode).getOrNull());
        node.put("date_order", mapping.dateOrder().wireName());
        node.put("account_id", mapping.accountId());
        node.put("source", mapping.source());
        node.put("platform", mapping.platform().map(Platform::name).getOrNull());
        return text(node);
    }

    static CsvMapping mapping(String json) {
        JsonNode node = tree(json);
        Map<String, String> columns = new LinkedHashMap<>();
        node.get("columns").forEach(pair -> columns.put(pair.get("field").asText(), pair.get("column").asText()));
        return new CsvMapping(columns, Option.of(node.get("currency").textValue()).map(Currency::getInstance),
                DateOrder.valueOf(node.get("date_order").asText().toUpperCase(Locale.ROOT)),
                node.get("account_id").asText(), node.get("source").asText(),
                // Mappings stored before platforms were proposed have none.
                Option.of(node.path("platform").textValue()).map(Platform::valueOf));
    }

    static String report(ImportReport report) {
        ObjectNode node = JSON.createObjectNode();
        node.put("rows", report.rows());
        node.put("valid_rows", report.validRows());
        ArrayNode problems = node.putArray("problems");
        report.problems().forEach(problem -> problems.addObject()
                .put("line", problem.line()).put("column", problem.column()).put("reason", problem.reason()));
        ArrayNode byColumn = node.putArray("problems_by_column");
        report.problemsByColumn().forEach((column, count) -> byColumn.addObject().put("column", column).put("count", count));
        ArrayNode preview = node.putArray("preview");
        report.preview().forEach(row -> preview.add(FactJson.write(row, JSON.createObjectNode())));
        ArrayNode skipped = node.putArray("skipped");
        report.skipped().forEach((reason, count) -> skipped.addObject().put("reason", reason).put("count", count));
        return text(node);
    }

    static ImportReport report(String json) {
        JsonNode node = tree(json);
        List<RowProblem> problems = new ArrayList<>();
        node.get("problems").forEach(problem -> problems.add(new RowProblem(problem.get("line").asLong(),
                problem.get("column").asText(), problem.get("reason").asText())));
        Map<String, Long> byColumn = new LinkedHashMap<>();
        node.get("problems_by_column").forEach(pair -> byColumn.put(pair.get("column").asText(), pair.get("count").asLong()));
        List<AdPerformanceDaily> preview = new ArrayList<>();
        node.get("preview").forEach(row -> preview.add(FactJson.read(row)));
        // Reports written before totals rows and footers were recognised have no "skipped".
        Map<String, Long> skipped = new LinkedHashMap<>();
        node.path("skipped").forEach(pair -> skipped.put(pair.get("reason").asText(), pair.get("count").asLong()));
        return new ImportReport(node.get("rows").asLong(), node.get("valid_rows").asLong(), problems, byColumn, preview,
                skipped);
    }

    private static String text(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException impossible) {
            // A tree of strings and numbers always serialises.
            throw new IllegalStateException(impossible);
        }
    }

    private static JsonNode tree(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException failure) {
            throw new IllegalStateException("unreadable JSON in import_jobs", failure);
        }
    }
}
