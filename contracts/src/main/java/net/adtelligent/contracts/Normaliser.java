package net.adtelligent.contracts;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vavr.control.Either;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import net.adtelligent.domain.connection.ConnectionId;
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

    // For each column of the fact, in order: the mapper's slot it takes its value from, or one of these.
    private static final int TENANT = -1;
    private static final int CONNECTION = -2;
    private static final int PLATFORM = -3;
    private static final int EXTRACTED_AT = -4;
    private static final int NONE = -5;

    private final StreamContract contract;
    private final ContractValidator validator;
    private final RowMapper mapper;
    private final TenantId tenant;
    private final ConnectionId connection;
    private final Instant extractedAt;
    private final int[] sources;
    private final int[] required;
    // Every row carries them; made once, they are also stored once.
    private final String tenantText;
    private final String connectionText;

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
        this.tenantText = tenant.toString();
        this.connectionText = connection.toString();
        this.sources = contract.fact().columns().stream().mapToInt(column -> switch (column.name()) {
            case "tenant_id" -> TENANT;
            case "connection_id" -> CONNECTION;
            case "platform" -> PLATFORM;
            case "source_extracted_at" -> EXTRACTED_AT;
            default -> mapper.slot(column.name()) < 0 ? NONE : mapper.slot(column.name());
        }).toArray();
        this.required = REQUIRED.get(contract.fact()).stream().mapToInt(mapper::slot).toArray();
    }

    public StreamContract contract() {
        return contract;
    }

    /** The record's unified row, or every reason it has none. Not yet deduplicated or summed: see {@link #batch()}. */
    public Either<List<Violation>, UnifiedRow> row(SourceRecord record) {
        return shaped(record).map(Shaped::row);
    }

    /** A row with the record's data in the contract's shape, which is where its primary key is read. */
    record Shaped(ObjectNode data, UnifiedRow row) {
    }

    Either<List<Violation>, Shaped> shaped(SourceRecord record) {
        ContractValidator.Checked checked = validator.check(record);
        if (!checked.valid()) {
            return Either.left(checked.violations());
        }
        List<Violation> violations = new ArrayList<>();
        Object[] mapped;
        try {
            mapped = mapper.map(checked.data());
        } catch (ArithmeticException e) {
            return Either.left(List.of(new Violation("", "whole numbers for counts", e.getMessage())));
        }
        for (int i = 0; i < required.length; i++) {
            if (required[i] < 0 || mapped[required[i]] == null) {
                String column = REQUIRED.get(contract.fact()).get(i);
                violations.add(new Violation(source(column), "a value for " + column + " (" + contract.fact().id() + ")",
                        Violation.MISSING));
            }
        }
        if (!violations.isEmpty()) {
            return Either.left(List.copyOf(violations));
        }
        Object[] values = new Object[sources.length];
        for (int i = 0; i < sources.length; i++) {
            values[i] = switch (sources[i]) {
                case TENANT -> tenantText;
                case CONNECTION -> connectionText;
                case PLATFORM -> contract.platform();
                case EXTRACTED_AT -> record.emittedAt().orElse(extractedAt);
                case NONE -> null;
                default -> mapped[sources[i]];
            };
        }
        return Either.right(new Shaped(checked.data(), UnifiedRow.of(contract.fact(), values)));
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
