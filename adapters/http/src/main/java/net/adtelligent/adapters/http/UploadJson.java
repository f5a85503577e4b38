package net.adtelligent.adapters.http;

import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.adtelligent.domain.upload.CsvMapping;
import net.adtelligent.domain.upload.ImportJob;
import net.adtelligent.domain.upload.ImportReport;
import net.adtelligent.domain.upload.RowProblem;
import net.adtelligent.domain.upload.UploadId;

/** An upload (import job) as the API shows it; what a job does not have yet is null, never left out. */
record UploadJson(
        UUID id,
        String status,
        String fileName,
        long bytes,
        String sha256,
        List<String> headers,
        String delimiter,
        MappingJson proposedMapping,
        MappingJson mapping,
        ReportJson report,
        UUID duplicateOf,
        Instant uploadedAt,
        Instant committedAt) {

    record MappingJson(Map<String, String> columns, String currency, String dateOrder, String accountId, String source) {
        static MappingJson of(CsvMapping mapping) {
            return new MappingJson(mapping.columns(), mapping.currency().map(Currency::getCurrencyCode).getOrNull(),
                    mapping.dateOrder().wireName(), mapping.accountId(), mapping.source());
        }
    }

    record ReportJson(long rows, long validRows, long invalidRows, List<ProblemJson> problems,
                      Map<String, Long> problemsByColumn, List<AdRowJson> preview) {
        static ReportJson of(ImportReport report) {
            return new ReportJson(report.rows(), report.validRows(), report.invalidRows(),
                    report.problems().stream().map(ProblemJson::of).toList(), report.problemsByColumn(),
                    report.preview().stream().map(AdRowJson::of).toList());
        }
    }

    /** column: the file's header as the user named it; empty when the problem is the row as a whole. */
    record ProblemJson(long line, String column, String reason) {
        static ProblemJson of(RowProblem problem) {
            return new ProblemJson(problem.line(), problem.column(), problem.reason());
        }
    }

    static UploadJson of(ImportJob job) {
        return new UploadJson(
                job.id().value(),
                job.status().wireName(),
                job.fileName(),
                job.bytes(),
                job.sha256(),
                job.headers(),
                String.valueOf(job.delimiter()),
                MappingJson.of(job.proposed()),
                job.mapping().map(MappingJson::of).getOrNull(),
                job.report().map(ReportJson::of).getOrNull(),
                job.duplicateOf().map(UploadId::value).getOrNull(),
                job.uploadedAt(),
                job.committedAt().getOrNull());
    }

    static String location(String slug, ImportJob job) {
        return "/api/tenants/" + slug + "/uploads/" + job.id() + "/";
    }
}
