package net.adtelligent.application;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.adtelligent.domain.fact.AdPerformanceDaily;
import net.adtelligent.domain.upload.ImportReport;
import net.adtelligent.domain.upload.RowProblem;
import net.adtelligent.ports.out.CsvFiles;

/** Builds the report of a file's rows as they stream past: counts, the first problems and rows, problems by column. */
final class ReportCollector implements CsvFiles.RowSink {

    static final String NO_ROWS = "the file has a header but no rows";

    private long rows;
    private long valid;
    private final List<RowProblem> problems = new ArrayList<>();
    private final Map<String, Long> byColumn = new LinkedHashMap<>();
    private final List<AdPerformanceDaily> preview = new ArrayList<>();
    private final Map<String, Long> skipped = new LinkedHashMap<>();

    @Override
    public void row(long line, AdPerformanceDaily fact) {
        rows++;
        valid++;
        if (preview.size() < ImportReport.PREVIEW_ROWS) {
            preview.add(fact);
        }
    }

    @Override
    public void problems(long line, List<RowProblem> found) {
        rows++;
        for (RowProblem problem : found) {
            byColumn.merge(problem.column(), 1L, Long::sum);
            if (problems.size() < ImportReport.MAX_PROBLEMS) {
                problems.add(problem);
            }
        }
    }

    @Override
    public void skipped(long line, String reason) {
        skipped.merge(reason, 1L, Long::sum);
    }

    /**
     * Problems found once every row was seen (rows of a currency no rate converts): {@code rows}
     * rows counted as valid are not; the problems take their place in file order.
     */
    void laterProblems(long rows, List<RowProblem> found) {
        valid -= rows;
        if (rows > 0) {
            byColumn.merge("", rows, Long::sum); // every such row, not only the ones named
        }
        problems.addAll(found);
        problems.sort(java.util.Comparator.comparingLong(RowProblem::line));
        if (problems.size() > ImportReport.MAX_PROBLEMS) {
            problems.subList(ImportReport.MAX_PROBLEMS, problems.size()).clear();
        }
    }

    ImportReport report() {
        if (rows == 0 && problems.isEmpty()) {
            // Nothing to store is no success, and an invalid upload without a reason leaves its user guessing.
            problems(1, List.of(new RowProblem(1, "", NO_ROWS)));
            rows = 0;
        }
        return new ImportReport(rows, valid, problems, byColumn, preview, skipped);
    }
}
