package net.adtelligent.ports.in;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collections;
import java.util.Currency;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import net.adtelligent.domain.Rejection;
import net.adtelligent.domain.fact.Platform;
import net.adtelligent.domain.metrics.AdTotals;
import net.adtelligent.domain.metrics.BlendedView;
import net.adtelligent.domain.metrics.CombinedRow;
import net.adtelligent.domain.metrics.Dataset;
import net.adtelligent.domain.metrics.DatasetFreshness;
import net.adtelligent.domain.metrics.GroupBy;
import net.adtelligent.domain.metrics.Granularity;
import net.adtelligent.domain.metrics.SourceFreshness;
import net.adtelligent.domain.metrics.Staleness;
import net.adtelligent.domain.metrics.SearchRow;
import net.adtelligent.domain.metrics.SearchTotals;
import net.adtelligent.domain.metrics.Unconverted;
import net.adtelligent.domain.metrics.WebGrouping;
import net.adtelligent.domain.metrics.WebRow;
import net.adtelligent.domain.metrics.WebTotals;
import net.adtelligent.domain.tenant.Slug;

/**
 * The cross-channel view of a period: served from the latest snapshot when it covers the request,
 * otherwise computed from the facts on the fly (and said so). Needs the metrics permission.
 */
public interface CombinedMetrics {

    /** The columns' contract version (docs/contracts-changelog.md, "combined metrics"). */
    int COLUMNS_VERSION = 2;

    /**
     * Parameters as typed: {@code start}, {@code end} ISO dates (default: the snapshot window),
     * {@code platforms} comma-separated platform names (default: all ad platforms),
     * {@code granularity} day|week|month (default day), {@code groupBy} platform|campaign|none
     * (default platform; anything but none splits web rows by {@code webGroupBy} and search rows
     * by site), {@code datasets} comma-separated ads|web|search (default all three),
     * {@code webGroupBy} source_medium|channel_group (default source_medium). Each wrong one is named.
     */
    Either<Rejection, Result> combined(Actor actor, Slug tenant, Query query);

    /**
     * The parameters as a user typed them, each checked by {@link #combined}; code that knows them
     * typed starts from {@link #defaults()} and sets each with a {@code with…} method.
     */
    record Query(Option<String> start, Option<String> end, Option<String> platforms, Option<String> granularity,
                 Option<String> groupBy, Option<String> datasets, Option<String> webGroupBy) {
        public Query {
            Objects.requireNonNull(start, "start");
            Objects.requireNonNull(end, "end");
            Objects.requireNonNull(platforms, "platforms");
            Objects.requireNonNull(granularity, "granularity");
            Objects.requireNonNull(groupBy, "groupBy");
            Objects.requireNonNull(datasets, "datasets");
            Objects.requireNonNull(webGroupBy, "webGroupBy");
        }

        /** Every dataset, web rows by source and medium. */
        public Query(Option<String> start, Option<String> end, Option<String> platforms, Option<String> granularity,
                     Option<String> groupBy) {
            this(start, end, platforms, granularity, groupBy, Option.none(), Option.none());
        }

        /** The snapshot window, every ad platform, every dataset, by day, grouped by platform. */
        public static Query defaults() {
            return new Query(Option.none(), Option.none(), Option.none(), Option.none(), Option.none());
        }

        public Query withPeriod(LocalDate first, LocalDate last) {
            return new Query(Option.of(first.toString()), Option.of(last.toString()), platforms, granularity, groupBy,
                    datasets, webGroupBy);
        }

        public Query withPlatforms(Set<Platform> chosen) {
            String names = chosen.stream().map(Platform::name).sorted().collect(Collectors.joining(","));
            return new Query(start, end, Option.of(names), granularity, groupBy, datasets, webGroupBy);
        }

        public Query withGranularity(Granularity chosen) {
            return new Query(start, end, platforms, Option.of(chosen.wireName()), groupBy, datasets, webGroupBy);
        }

        public Query withGroupBy(GroupBy chosen) {
            return new Query(start, end, platforms, granularity, Option.of(chosen.wireName()), datasets, webGroupBy);
        }

        public Query withDatasets(Set<Dataset> chosen) {
            String names = chosen.stream().sorted().map(Dataset::wireName).collect(Collectors.joining(","));
            return new Query(start, end, platforms, granularity, groupBy, Option.of(names), webGroupBy);
        }

        public Query withWebGroupBy(WebGrouping chosen) {
            return new Query(start, end, platforms, granularity, groupBy, datasets, Option.of(chosen.wireName()));
        }
    }

    /**
     * {@code fromSnapshot}: false when computed on the fly; then {@code snapshotGeneratedAt} is that
     * of the latest snapshot, if any. Sums at full precision, money in the reporting currency
     * ({@link net.adtelligent.domain.metrics.MetricsRounding} says how answers round them). A
     * dataset not asked for has no rows and zero totals; {@code freshness} has every dataset.
     */
    record Result(LocalDate start, LocalDate end, Granularity granularity, GroupBy groupBy, Currency currency,
                  ZoneId timeZone, boolean fromSnapshot, Option<Instant> snapshotGeneratedAt, Staleness staleness,
                  List<SourceFreshness> sources, List<CombinedRow> rows, AdTotals totals, Unconverted unconverted,
                  Set<Dataset> datasets, WebGrouping webGrouping, Channels channels,
                  Map<Dataset, DatasetFreshness> freshness) {
        public Result {
            rows = List.copyOf(rows);
            sources = List.copyOf(sources);
            datasets = Collections.unmodifiableSet(EnumSet.copyOf(datasets));
            Objects.requireNonNull(webGrouping, "webGrouping");
            Objects.requireNonNull(channels, "channels");
            Map<Dataset, DatasetFreshness> inOrder = new EnumMap<>(Dataset.class);
            inOrder.putAll(freshness);
            freshness = Collections.unmodifiableMap(inOrder);
        }
    }

    /** The web and search rows and totals of an answer, and the blended metrics of its periods. */
    record Channels(List<WebRow> web, WebTotals webTotals, List<SearchRow> search, SearchTotals searchTotals,
                    BlendedView blended) {
        public Channels {
            web = List.copyOf(web);
            Objects.requireNonNull(webTotals, "webTotals");
            search = List.copyOf(search);
            Objects.requireNonNull(searchTotals, "searchTotals");
            Objects.requireNonNull(blended, "blended");
        }
    }
}
