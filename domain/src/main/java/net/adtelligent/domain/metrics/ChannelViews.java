package net.adtelligent.domain.metrics;

import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.adtelligent.domain.fact.DateRange;

/**
 * Buckets GA4 and Search Console days into the periods and groups a request asks for, as
 * {@link CombinedView} does for ads: days outside the request left out, rows sorted by period,
 * then by source and medium (each with its channel group), channel group or site. {@code split}
 * false: one row per period.
 */
public final class ChannelViews {

    private ChannelViews() {
    }

    /** {@code days}: GA4 sums of one day, source and medium each, revenue in the reporting currency. */
    public static List<WebRow> web(List<WebDaily> days, DateRange range, Granularity granularity, boolean split,
                                   WebGrouping grouping) {
        Map<String, WebRow> buckets = new TreeMap<>();
        for (WebDaily day : days) {
            if (!range.contains(day.day())) {
                continue;
            }
            LocalDate period = granularity.start(day.day());
            boolean bySource = split && grouping == WebGrouping.SOURCE_MEDIUM;
            Option<String> source = bySource ? Option.of(day.source()) : Option.none();
            Option<String> medium = bySource ? Option.of(day.medium()) : Option.none();
            Option<ChannelGroup> group = split ? Option.of(ChannelGroup.of(day.source(), day.medium())) : Option.none();
            String key = period + "|" + (bySource ? source.get() + "\u0000" + medium.get()
                    : group.map(g -> String.format("%02d", g.ordinal())).getOrElse(""));
            buckets.merge(key, new WebRow(period, source, medium, group, day.totals()),
                    (a, b) -> new WebRow(a.period(), a.source(), a.medium(), a.channelGroup(), a.totals().plus(b.totals())));
        }
        return new ArrayList<>(buckets.values());
    }

    /** {@code days}: Search Console sums of one day and site each. */
    public static List<SearchRow> search(List<SearchDaily> days, DateRange range, Granularity granularity, boolean split) {
        Map<String, SearchRow> buckets = new TreeMap<>();
        for (SearchDaily day : days) {
            if (!range.contains(day.day())) {
                continue;
            }
            LocalDate period = granularity.start(day.day());
            Option<String> site = split ? Option.of(day.site()) : Option.none();
            buckets.merge(period + "|" + site.getOrElse(""), new SearchRow(period, site, day.totals()),
                    (a, b) -> new SearchRow(a.period(), a.site(), a.totals().plus(b.totals())));
        }
        return new ArrayList<>(buckets.values());
    }

    public static WebTotals webTotal(List<WebRow> rows) {
        return rows.stream().map(WebRow::totals).reduce(WebTotals.ZERO, WebTotals::plus);
    }

    public static SearchTotals searchTotal(List<SearchRow> rows) {
        return rows.stream().map(SearchRow::totals).reduce(SearchTotals.ZERO, SearchTotals::plus);
    }
}
