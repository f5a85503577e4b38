package net.adtelligent.bootstrap.cli;

import java.io.PrintWriter;
import net.adtelligent.domain.upload.ImportJob;
import net.adtelligent.domain.upload.ImportReport;
import net.adtelligent.domain.upload.RowProblem;

/** The report of a mapped upload for a terminal: counts and mapping on standard output, problems on standard error. */
final class ImportReportText {

    private ImportReportText() {
    }

    static void print(ImportJob job, PrintWriter out, PrintWriter err) {
        ImportReport report = job.report().get();
        out.printf("%s: %d rows, %d valid, %d with problems (delimiter '%s')%n", job.fileName(), report.rows(),
                report.validRows(), report.invalidRows(), job.delimiter());
        job.mapping().get().columns().forEach((field, column) -> out.printf("  %-17s <- %s%n", field, column));
        job.mapping().get().currency().forEach(currency -> out.printf("  %-17s  = %s%n", "currency", currency));
        if (report.problems().isEmpty()) {
            return;
        }
        report.problemsByColumn().forEach((column, count) ->
                err.printf("%d problems in %s%n", count, column.isEmpty() ? "whole rows" : "column '" + column + "'"));
        for (RowProblem problem : report.problems()) {
            err.printf("  line %d%s: %s%n", problem.line(), problem.column().isEmpty() ? "" : ", " + problem.column(),
                    problem.reason());
        }
        long total = report.problemsByColumn().values().stream().mapToLong(Long::longValue).sum();
        if (total > report.problems().size()) {
            err.printf("  (the first %d of %d problems are shown)%n", report.problems().size(), total);
        }
        err.flush();
    }
}
