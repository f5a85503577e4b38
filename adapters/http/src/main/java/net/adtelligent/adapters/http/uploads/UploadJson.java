package net.adtelligent.adapters.http.uploads;

import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import net.adtelligent.adapters.http.web.AdRowJson;
import net.adtelligent.domain.fact.Platform;
import net.adtelligent.domain.upload.CsvMapping;
import net.adtelligent.domain.upload.ImportJob;
import net.adtelligent.domain.upload.ImportReport;
import net.adtelligent.domain.upload.RowProblem;
import net.adtelligent.domain.upload.UploadId;

/**
 * An upload (import job) as the API shows it; what a job does not have yet is null, never left out.
 * In a list it is a summary: the report's counts only, as problems and preview rows would make a
 * page of uploads a page of reports.
 */
record UploadJson(
        UUID id,
        String status,
        String fileName,
        long bytes,
        String sha256,
        List<String> headers,
        String delimiter,
        long headerLine,
        String headerNote,
        MappingJson proposedMapping,
        MappingJson mapping,
        Report report,
        UUID duplicateOf,
        Instant uploadedAt,
        Instant committedAt) {

    record MappingJson(Map<String, String> columns, String currency, String dateOrder, String accountId, String source,
                       String platform) {
        static MappingJson of(CsvMapping mapping) {
            return new MappingJson(mapping.columns(), mapping.currency().map(Currency::getCurrencyCode).getOrNull(),
                    mapping.dateOrder().wireName(), mapping.accountId(), mapping.source(),
                    mapping.platform().map(Platform::name).getOrElse(Platform.CSV.name()));
        }
    }

    /** Jackson writes the record it is given: the whole report, or its counts. */
    sealed interface Report permits ReportJson, ReportCountsJson {
    }

    record ReportJson(long rows, long validRows, long invalidRows, List<ProblemJson> problems,
                      Map<String, Long> problemsByColumn, List<AdRowJson> preview, Map<String, Long> skippedRows)
            implements Report {
        static ReportJson of(ImportReport report) {
            return new ReportJson(report.rows(), report.validRows(), report.invalidRows(),
                    report.problems().stream().map(ProblemJson::of).toList(), report.problemsByColumn(),
                    report.preview().stream().map(AdRowJson::of).toList(), report.skipped());
        }
    }

    record ReportCountsJson(long rows, long validRows, long invalidRows, Map<String, Long> problemsByColumn,
                            Map<String, Long> skippedRows) implements Report {
        static ReportCountsJson of(ImportReport report) {
            return new ReportCountsJson(report.rows(), report.validRows(), report.invalidRows(), report.problemsByColumn(),
                    report.skipped());
        }
    }

    /** column: the file's header as the user named it; empty when the problem is the row as a whole. */
    record ProblemJson(long line, String column, String reason) {
        static ProblemJson of(RowProblem problem) {
            return new ProblemJson(problem.line(), problem.column(), problem.reason());
        }
    }

    static UploadJson of(ImportJob job) {
        return of(job, ReportJson::of);
    }

    static UploadJson summary(ImportJob job) {
        return of(job, ReportCountsJson::of);
    }

    private static UploadJson of(ImportJob job, Function<ImportReport, Report> report) {
        return new UploadJson(
                job.id().value(),
                job.status().wireName(),
                job.fileName(),
                job.bytes(),
                job.sha256(),
                job.headers(),
                String.valueOf(job.delimiter()),
                job.headerLine(),
                headerNote(job.headerLine()),
                MappingJson.of(job.proposed()),
                job.mapping().map(MappingJson::of).getOrNull(),
                job.report().map(report).getOrNull(),
                job.duplicateOf().map(UploadId::value).getOrNull(),
                job.uploadedAt(),
                job.committedAt().getOrNull());
    }

    // What a person checks first when the columns look wrong: did the header come from the right line?
    static String headerNote(long line) {
        if (line == 1) {
            return "header on line 1";
        }
        return "header on line " + line + ", " + (line == 2 ? "line 1" : "lines 1–" + (line - 1)) + " skipped";
    }

    static String location(String slug, ImportJob job) {
        return "/api/tenants/" + slug + "/uploads/" + job.id() + "/";
    }
}
