package net.adtelligent.contracts;

import com.fasterxml.jackson.core.JsonPointer;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The data contract of one source stream, as its file states it: the schema records must meet,
 * how restated records are recognised (primary key, cursor, lookback), whose days they count,
 * and how each unified column of its fact is filled. Loaded and checked by {@link Contracts}.
 *
 * @param stream            {@code <platform>.<airbyte stream>}, e.g. {@code meta_ads.ads_insights}
 * @param platform          the platform's upper-case name (the domain's Platform), e.g. {@code META_ADS}
 * @param version           bumped whenever the unified output changes (docs/contracts-changelog.md)
 * @param grain             the unified columns that, with the day, identify an output row
 * @param aggregateToDay    present when several deduplicated source rows make one output row
 * @param upstream          the Airbyte connector stream described; empty for our own formats (CSV)
 * @param variants          how records of older connector versions differ, in the order they are tried
 * @param mapping           every mapped column of the fact, in the fact's column order
 * @param outputFingerprint a digest of everything that shapes the output, tied to the changelog
 */
public record StreamContract(
        String stream,
        String platform,
        int version,
        Fact fact,
        List<String> notes,
        FieldRule schema,
        List<JsonPointer> primaryKey,
        Optional<JsonPointer> cursor,
        DateRule date,
        TimeZoneRule timeZone,
        int lookbackDays,
        List<String> grain,
        Optional<DayAggregation> aggregateToDay,
        Optional<Upstream> upstream,
        List<Variant> variants,
        Map<String, Mapping> mapping,
        String outputFingerprint) {

    public StreamContract {
        Objects.requireNonNull(stream, "stream");
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(fact, "fact");
        notes = List.copyOf(notes);
        Objects.requireNonNull(schema, "schema");
        primaryKey = List.copyOf(primaryKey);
        Objects.requireNonNull(cursor, "cursor");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(timeZone, "timeZone");
        grain = List.copyOf(grain);
        Objects.requireNonNull(aggregateToDay, "aggregateToDay");
        Objects.requireNonNull(upstream, "upstream");
        variants = List.copyOf(variants);
        mapping = Collections.unmodifiableMap(new LinkedHashMap<>(mapping));
        Objects.requireNonNull(outputFingerprint, "outputFingerprint");
        if (version < 1 || lookbackDays < 0) {
            throw new IllegalArgumentException("version starts at 1 and lookback is never negative");
        }
    }

    /** How a column is filled; empty for envelope columns, which the normaliser fills itself. */
    public Optional<Mapping> mappingOf(String column) {
        return Optional.ofNullable(mapping.get(column));
    }

    /**
     * The columns this contract fills from its source, in fact order: every mapped column that is
     * not {@link Mapping.Unavailable}. The envelope columns are on every row and not listed.
     */
    public List<String> outputColumns() {
        return fact.columns().stream()
                .map(Column::name)
                .filter(name -> mappingOf(name).filter(m -> !(m instanceof Mapping.Unavailable)).isPresent())
                .toList();
    }

    /** Whether this stream supplies attributes to other streams rather than rows of a fact. */
    public boolean isContext() {
        return fact == Fact.CONTEXT;
    }
}
