package net.adtelligent.contracts;

import com.fasterxml.jackson.core.JsonPointer;
import io.vavr.control.Either;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import net.adtelligent.domain.fact.ConnectionId;
import net.adtelligent.domain.tenant.TenantId;

/**
 * Turns one stream's source records into unified rows by interpreting its contract: validate,
 * map, then (in {@link Batch}) drop restated records and sum rows to the day. Tenant and
 * connection are the caller's; a record's extraction time is its {@code emitted_at}, else
 * {@code extractedAt}.
 */
public final class Normaliser {

    private static final Map<Fact, List<String>> REQUIRED = Map.of(
            Fact.AD_PERFORMANCE_DAILY, List.of("date_day", "account_id", "campaign_id"),
            Fact.WEB_ANALYTICS_DAILY, List.of("date_day", "property_id"),
            Fact.SEARCH_CONSOLE_DAILY, List.of("date_day", "site_url", "search_type"));

    private final StreamContract contract;
    private final ContractValidator validator;
    private final RowMapper mapper;
    private final TenantId tenant;
    private final ConnectionId connection;
    private final Instant extractedAt;

    public Normaliser(StreamContract contract, NormaliseContext context, TenantId tenant, ConnectionId connection,
                      Instant extractedAt) {
        this.contract = Objects.requireNonNull(contract, "contract");
        if (contract.isContext()) {
            throw new IllegalArgumentException(contract.stream() + " is context for other streams, not a fact");
        }
        this.validator = new ContractValidator(contract);
        this.mapper = new RowMapper(contract, Objects.requireNonNull(context, "context"));
        this.tenant = Objects.requireNonNull(tenant, "tenant");
        this.connection = Objects.requireNonNull(connection, "connection");
        this.extractedAt = Objects.requireNonNull(extractedAt, "extractedAt");
    }

    public StreamContract contract() {
        return contract;
    }

    /** The record's unified row, or every reason it has none. Not yet deduplicated or summed: see {@link #batch()}. */
    public Either<List<Violation>, UnifiedRow> row(SourceRecord record) {
        List<Violation> violations = new ArrayList<>(validator.validate(record));
        if (!violations.isEmpty()) {
            return Either.left(List.copyOf(violations));
        }
        Map<String, Object> mapped;
        try {
            mapped = mapper.map(record.data().orElseThrow());
        } catch (ArithmeticException e) {
            return Either.left(List.of(new Violation("", "whole numbers for counts", e.getMessage())));
        }
        for (String column : REQUIRED.get(contract.fact())) {
            if (mapped.get(column) == null) {
                violations.add(new Violation(source(column), "a value for " + column + " (" + contract.fact().id() + ")",
                        Violation.MISSING));
            }
        }
        if (!violations.isEmpty()) {
            return Either.left(List.copyOf(violations));
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (Column column : contract.fact().columns()) {
            values.put(column.name(), switch (column.name()) {
                case "tenant_id" -> tenant.toString();
                case "connection_id" -> connection.toString();
                case "platform" -> contract.platform();
                case "source_extracted_at" -> record.emittedAt().orElse(extractedAt);
                default -> mapped.get(column.name());
            });
        }
        return Either.right(new UnifiedRow(contract.fact(), values));
    }

    /** A new batch: rows added to it are deduplicated on the primary key and summed to the day. */
    public Batch batch() {
        return new Batch(this, tenant, connection);
    }

    // Where a missing column was to come from, so the report points at the source, not the output.
    private String source(String column) {
        List<JsonPointer> reads = contract.mapping().get(column).reads();
        return reads.isEmpty() ? "(context " + column + ")" : reads.get(0).toString();
    }
}
