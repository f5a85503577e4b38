package net.adtelligent.domain.upload;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.adtelligent.domain.fact.AdPerformanceDaily;

/**
 * What checking every row of a file under a mapping found: how many rows, how many would be
 * stored, the first problems in file order ({@link #MAX_PROBLEMS}; the counts by column cover all
 * of them), the first rows as they would be stored, and how many lines were no data and left out,
 * by why ("totals row", "footer"): never counted among the rows.
 */
public record ImportReport(long rows, long validRows, List<RowProblem> problems, Map<String, Long> problemsByColumn,
                           List<AdPerformanceDaily> preview, Map<String, Long> skipped) {

    public static final int MAX_PROBLEMS = 100;
    public static final int PREVIEW_ROWS = 10;

    public ImportReport {
        if (validRows < 0 || validRows > rows) {
            throw new IllegalArgumentException("valid rows " + validRows + " of " + rows);
        }
        problems = List.copyOf(problems);
        problemsByColumn = Collections.unmodifiableMap(new LinkedHashMap<>(problemsByColumn));
        preview = List.copyOf(preview);
        skipped = Collections.unmodifiableMap(new LinkedHashMap<>(skipped));
    }

    /** A report with nothing left out. */
    public ImportReport(long rows, long validRows, List<RowProblem> problems, Map<String, Long> problemsByColumn,
                        List<AdPerformanceDaily> preview) {
        this(rows, validRows, problems, problemsByColumn, preview, Map.of());
    }

    public long invalidRows() {
        return rows - validRows;
    }

    public boolean allValid() {
        return rows == validRows;
    }
}
