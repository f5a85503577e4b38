package net.adtelligent.application;

import java.lang.ref.WeakReference;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import net.adtelligent.domain.metrics.AdTotals;
import net.adtelligent.domain.metrics.BlendedView;
import net.adtelligent.domain.metrics.ChannelViews;
import net.adtelligent.domain.metrics.CombinedRow;
import net.adtelligent.domain.metrics.CombinedView;
import net.adtelligent.domain.metrics.Dataset;
import net.adtelligent.domain.metrics.DatasetFreshness;
import net.adtelligent.domain.metrics.GroupBy;
import net.adtelligent.domain.metrics.MetricsSnapshot;
import net.adtelligent.domain.metrics.SearchDaily;
import net.adtelligent.domain.metrics.SearchRow;
import net.adtelligent.domain.metrics.WebDaily;
import net.adtelligent.domain.metrics.WebRow;
import net.adtelligent.domain.tenant.TenantId;
import net.adtelligent.ports.in.CombinedMetrics.Channels;

/**
 * Combined rows and total already cut from a snapshot: dashboards ask the same question over and
 * over between two snapshots, and regrouping and summing a window of days costs more than the
 * rest of the use case. An entry answers only for the very snapshot instance it was cut from (the
 * store hands out the same instance while the snapshot is the latest), held weakly so a replaced
 * snapshot is not kept alive here; keyed by tenant and checked query. Least recently asked go first.
 */
final class SnapshotViews {

    /**
     * The rows and totals of each dataset cut for one query; the blended metrics beside them
     * depend on the datasets' freshness too, which changes by the hour at most, so the last ones
     * are kept with the freshness they were computed for.
     */
    static final class View {
        private record Blend(Map<Dataset, DatasetFreshness> freshness, Channels channels) {
        }

        final List<CombinedRow> rows;
        final AdTotals total;
        private final List<WebRow> web;
        private final List<SearchRow> search;
        private volatile Blend blend;

        private View(List<CombinedRow> rows, List<WebRow> web, List<SearchRow> search) {
            this.rows = List.copyOf(rows);
            this.total = CombinedView.total(this.rows);
            this.web = List.copyOf(web);
            this.search = List.copyOf(search);
        }

        /** Each dataset asked for, from one-day rows in the reporting currency. */
        static View cut(List<CombinedRow> ads, List<WebDaily> web, List<SearchDaily> search, CombinedQueryCheck.Checked query) {
            boolean split = query.groupBy() != GroupBy.NONE;
            Set<Dataset> asked = query.datasets();
            return new View(asked.contains(Dataset.ADS)
                    ? CombinedView.of(ads, query.days(), query.platforms(), query.granularity(), query.groupBy()) : List.of(),
                    asked.contains(Dataset.WEB)
                            ? ChannelViews.web(web, query.days(), query.granularity(), split, query.webGrouping()) : List.of(),
                    asked.contains(Dataset.SEARCH)
                            ? ChannelViews.search(search, query.days(), query.granularity(), split) : List.of());
        }

        Channels channels(Map<Dataset, DatasetFreshness> freshness, CombinedQueryCheck.Checked query) {
            Blend last = blend;
            if (last != null && last.freshness().equals(freshness)) {
                return last.channels();
            }
            Channels made = new Channels(web, ChannelViews.webTotal(web), search, ChannelViews.searchTotal(search),
                    BlendedView.of(query.days(), query.granularity(), query.datasets(), freshness, rows, web, search));
            blend = new Blend(Map.copyOf(freshness), made);
            return made;
        }
    }

    private record Key(TenantId tenant, CombinedQueryCheck.Checked query) {
    }

    private static final class Cut {
        final WeakReference<MetricsSnapshot> from;
        final View view;
        volatile long asked;

        Cut(MetricsSnapshot from, View view, long asked) {
            this.from = new WeakReference<>(from);
            this.view = view;
            this.asked = asked;
        }
    }

    // Read without a lock on every request; only keeping a new cut takes one, to forget the eldest.
    private final Map<Key, Cut> cuts = new ConcurrentHashMap<>();
    private final AtomicLong clock = new AtomicLong();
    private final int kept;

    SnapshotViews(int kept) {
        if (kept < 1) {
            throw new IllegalArgumentException("kept must be at least 1, was " + kept);
        }
        this.kept = kept;
    }

    /** The view of this snapshot for this query, cut by {@code cutter} unless already cut. */
    View of(MetricsSnapshot snapshot, CombinedQueryCheck.Checked query, Supplier<View> cutter) {
        Key key = new Key(snapshot.tenantId(), Objects.requireNonNull(query, "query"));
        Cut cut = cuts.get(key);
        if (cut != null && cut.from.get() == snapshot) {
            cut.asked = clock.incrementAndGet();
            return cut.view;
        }
        View view = cutter.get();
        keep(key, new Cut(snapshot, view, clock.incrementAndGet()));
        return view;
    }

    private synchronized void keep(Key key, Cut cut) {
        cuts.put(key, cut);
        while (cuts.size() > kept) {
            cuts.entrySet().stream().filter(e -> !e.getKey().equals(key))
                    .min(Comparator.comparingLong(e -> e.getValue().asked))
                    .ifPresent(eldest -> cuts.remove(eldest.getKey(), eldest.getValue()));
        }
    }

    int size() {
        return cuts.size();
    }
}
