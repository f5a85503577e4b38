package net.adtelligent.domain.metrics;

import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import net.adtelligent.domain.fact.DateRange;

/**
 * The blended metrics of every period of a request and of the whole of it. A side of a period is
 * not requested, missing (the dataset has no connection with data, or no rows in the period),
 * stale (the dataset is stale and has not reached the period's last day), or its sums.
 */
public record BlendedView(List<BlendedRow> rows, BlendedMetrics total) {

    public BlendedView {
        rows = List.copyOf(rows);
        Objects.requireNonNull(total, "total");
    }

    /** The rows of each side as the view answers them (already bucketed into the request's periods). */
    public static BlendedView of(DateRange range, Granularity granularity, Set<Dataset> requested,
                                 Map<Dataset, DatasetFreshness> freshness, List<CombinedRow> ads, List<WebRow> web,
                                 List<SearchRow> search) {
        Map<LocalDate, AdTotals> adPeriods = sums(ads, CombinedRow::period, CombinedRow::totals, AdTotals::plus);
        Map<LocalDate, WebTotals> webPeriods = sums(web, WebRow::period, WebRow::totals, WebTotals::plus);
        Map<LocalDate, SearchTotals> searchPeriods = sums(search, SearchRow::period, SearchRow::totals, SearchTotals::plus);
        Sides sides = new Sides(requested, freshness);
        List<BlendedRow> rows = new ArrayList<>();
        for (LocalDate period = granularity.start(range.first()); !period.isAfter(range.last());
             period = granularity.next(period)) {
            LocalDate next = granularity.next(period);
            LocalDate last = next.isAfter(range.last()) ? range.last() : next.minusDays(1);
            rows.add(new BlendedRow(period, BlendedMetrics.of(sides.side(Dataset.ADS, adPeriods.get(period), last),
                    sides.side(Dataset.WEB, webPeriods.get(period), last),
                    sides.side(Dataset.SEARCH, searchPeriods.get(period), last))));
        }
        BlendedMetrics total = BlendedMetrics.of(
                sides.side(Dataset.ADS, ads.isEmpty() ? null : CombinedView.total(ads), range.last()),
                sides.side(Dataset.WEB, web.isEmpty() ? null : ChannelViews.webTotal(web), range.last()),
                sides.side(Dataset.SEARCH, search.isEmpty() ? null : ChannelViews.searchTotal(search), range.last()));
        return new BlendedView(rows, total);
    }

    private record Sides(Set<Dataset> requested, Map<Dataset, DatasetFreshness> freshness) {

        /** {@code sums}: null where the side has no rows in the period. */
        <T> Either<BlendedGap, T> side(Dataset dataset, T sums, LocalDate lastDay) {
            DatasetFreshness fresh = freshness.get(dataset);
            if (!requested.contains(dataset)) {
                return Either.left(BlendedGap.notRequested(dataset));
            }
            if (fresh == null || fresh.missing()) {
                return Either.left(BlendedGap.missing(dataset));
            }
            if (fresh.staleFor(lastDay)) {
                return Either.left(BlendedGap.stale(dataset));
            }
            return sums == null ? Either.left(BlendedGap.missing(dataset)) : Either.right(sums);
        }
    }

    private static <R, T> Map<LocalDate, T> sums(List<R> rows, Function<R, LocalDate> period,
                                                Function<R, T> totals, BinaryOperator<T> plus) {
        Map<LocalDate, T> byPeriod = new HashMap<>();
        rows.forEach(row -> byPeriod.merge(period.apply(row), totals.apply(row), plus));
        return byPeriod;
    }
}
