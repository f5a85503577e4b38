package net.adtelligent.ports.in;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import net.adtelligent.domain.Rejection;
import net.adtelligent.domain.fact.Platform;
import net.adtelligent.domain.metrics.AdTotals;
import net.adtelligent.domain.metrics.CombinedRow;
import net.adtelligent.domain.metrics.GroupBy;
import net.adtelligent.domain.metrics.Granularity;
import net.adtelligent.domain.metrics.SourceFreshness;
import net.adtelligent.domain.metrics.Staleness;
import net.adtelligent.domain.metrics.Unconverted;
import net.adtelligent.domain.tenant.Slug;

/**
 * The cross-channel view of a period: served from the latest snapshot when it covers the request,
 * otherwise computed from the facts on the fly (and said so). Needs the metrics permission.
 */
public interface CombinedMetrics {

    /** The columns' contract version (docs/contracts-changelog.md, "combined metrics"). */
    int COLUMNS_VERSION = 1;

    /**
     * Parameters as typed: {@code start}, {@code end} ISO dates (default: the snapshot window),
     * {@code platforms} comma-separated platform names (default: all ad platforms),
     * {@code granularity} day|week|month (default day), {@code groupBy} platform|campaign|none
     * (default platform). Each wrong one is named.
     */
    Either<Rejection, Result> combined(Actor actor, Slug tenant, Query query);

    /**
     * The parameters as a user typed them, each checked by {@link #combined}; code that knows them
     * typed starts from {@link #defaults()} and sets each with a {@code with…} method.
     */
    record Query(Option<String> start, Option<String> end, Option<String> platforms, Option<String> granularity,
                 Option<String> groupBy) {
        public Query {
            Objects.requireNonNull(start, "start");
            Objects.requireNonNull(end, "end");
            Objects.requireNonNull(platforms, "platforms");
            Objects.requireNonNull(granularity, "granularity");
            Objects.requireNonNull(groupBy, "groupBy");
        }

        /** The snapshot window, every ad platform, by day, grouped by platform. */
        public static Query defaults() {
            return new Query(Option.none(), Option.none(), Option.none(), Option.none(), Option.none());
        }

        public Query withPeriod(LocalDate first, LocalDate last) {
            return new Query(Option.of(first.toString()), Option.of(last.toString()), platforms, granularity, groupBy);
        }

        public Query withPlatforms(Set<Platform> chosen) {
            String names = chosen.stream().map(Platform::name).sorted().collect(Collectors.joining(","));
            return new Query(start, end, Option.of(names), granularity, groupBy);
        }

        public Query withGranularity(Granularity chosen) {
            return new Query(start, end, platforms, Option.of(chosen.name().toLowerCase(Locale.ROOT)), groupBy);
        }

        public Query withGroupBy(GroupBy chosen) {
            return new Query(start, end, platforms, granularity, Option.of(chosen.name().toLowerCase(Locale.ROOT)));
        }
    }

    /** {@code fromSnapshot}: false when computed on the fly; then {@code snapshotGeneratedAt} is that of the latest snapshot, if any. */
    record Result(LocalDate start, LocalDate end, Granularity granularity, GroupBy groupBy, Currency currency,
                  ZoneId timeZone, boolean fromSnapshot, Option<Instant> snapshotGeneratedAt, Staleness staleness,
                  List<SourceFreshness> sources, List<CombinedRow> rows, AdTotals totals, Unconverted unconverted) {
        public Result {
            rows = List.copyOf(rows);
            sources = List.copyOf(sources);
        }
    }
}
