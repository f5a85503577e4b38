package net.adtelligent.contracts.csv;

import io.vavr.control.Option;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.adtelligent.domain.upload.CsvMapping;
import net.adtelligent.ports.out.CsvFiles;

/**
 * A file's columns under a mapping: which cell holds which field of the generic CSV contract, and
 * the header to name in a problem, as the user sees it in the file.
 */
final class ExportColumns {

    private final List<String> headers;
    private final Map<String, Integer> byField = new HashMap<>();
    private final CsvMapping mapping;
    private final NumberCell numbers;

    /** @throws IllegalArgumentException when the mapping names a column the file does not have: check mappings first */
    ExportColumns(CsvFiles.Layout layout, CsvMapping mapping) {
        this.headers = layout.headers();
        this.mapping = mapping;
        mapping.columns().forEach((field, header) -> {
            int at = headers.indexOf(header);
            if (at < 0) {
                throw new IllegalArgumentException("the mapping of " + field + " names no column of the file: " + header);
            }
            byField.put(field, at);
        });
        // A file separated by ';' comes from a locale whose decimal mark is the comma.
        this.numbers = new NumberCell(layout.delimiter() == ';' ? ',' : '.');
    }

    int size() {
        return headers.size();
    }

    CsvMapping mapping() {
        return mapping;
    }

    NumberCell numbers() {
        return numbers;
    }

    boolean mapped(String field) {
        return byField.containsKey(field);
    }

    /** The header of a field's column; empty when no column holds the field (the problem is the row's). */
    String header(String field) {
        Integer at = byField.get(field);
        return at == null ? "" : headers.get(at);
    }

    /** The header of the file's column at {@code index}, counted from 0. */
    String headerAt(int index) {
        return headers.get(index);
    }

    /** The field's cell of a row, trimmed; none when unmapped or empty. */
    Option<String> cell(List<String> row, String field) {
        Integer at = byField.get(field);
        return at == null ? Option.none() : Option.of(row.get(at).strip()).filter(text -> !text.isEmpty());
    }
}
