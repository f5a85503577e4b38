package net.adtelligent.contracts.csv;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.List;
import java.util.Optional;
import net.adtelligent.contracts.Batch;
import net.adtelligent.contracts.Contracts;
import net.adtelligent.contracts.NormaliseContext;
import net.adtelligent.contracts.Normaliser;
import net.adtelligent.contracts.SourceRecord;
import net.adtelligent.contracts.Violation;
import net.adtelligent.domain.fact.AdPerformanceDaily;
import net.adtelligent.domain.fact.Platform;
import net.adtelligent.domain.upload.CsvMapping;
import net.adtelligent.domain.upload.RowProblem;
import net.adtelligent.ports.out.CsvFiles;

/**
 * The generic CSV data contract applied to the records of one upload: the same validation,
 * mapping and domain checks as every other stream, so an uploaded row and a synced row become
 * facts the same way. The mapping's currency and account are the upload's own context values.
 */
final class GenericCsvContract {

    static final String STREAM = "csv.generic";

    private final Normaliser normaliser;
    private final Option<Platform> platform;

    GenericCsvContract(Contracts contracts, CsvMapping mapping, CsvFiles.Target target) {
        NormaliseContext context = NormaliseContext.none();
        mapping.currency().forEach(currency -> context.own("currency_code", currency.getCurrencyCode()));
        if (!mapping.accountId().isBlank()) {
            context.own("account_id", mapping.accountId());
        }
        this.platform = mapping.platform();
        this.normaliser = new Normaliser(contracts.stream(STREAM).orElseThrow(), context, target.tenant(),
                target.connection(), target.extractedAt());
    }

    /**
     * The row's fact, or why the contract or the domain refuses it. A batch of one, because the
     * batch is the path that ends in a domain record; the rows of a file are not deduplicated
     * here: that is for the store, which sums the rows of one key.
     */
    Either<List<RowProblem>, AdPerformanceDaily> fact(long line, ObjectNode record, ExportColumns columns) {
        SourceRecord source = new SourceRecord(line, Optional.empty(), Optional.of(record), Optional.empty(),
                Optional.empty());
        Batch.Result result = normaliser.batch().add(source).finish();
        if (!result.rejected().isEmpty()) {
            return Either.left(result.rejected().stream().flatMap(rejected -> rejected.violations().stream())
                    .map(violation -> problem(line, violation, columns)).toList());
        }
        AdPerformanceDaily fact = (AdPerformanceDaily) result.facts().get(0);
        // The contract's platform is CSV; an export a platform's UI made carries that platform.
        return Either.right(platform.isEmpty() ? fact : fact.toBuilder().platform(platform.get()).build());
    }

    // Rows are checked before they reach the contract, so this names what slipped through as plainly as it can.
    private static RowProblem problem(long line, Violation violation, ExportColumns columns) {
        String field = violation.pointer().startsWith("/") ? violation.pointer().substring(1) : "";
        String column = CsvMapping.FIELDS.contains(field) ? columns.header(field) : "";
        return new RowProblem(line, column, column.isEmpty() ? violation.actual() : "expected " + violation.expected()
                + ", found " + violation.actual());
    }
}
