package net.adtelligent.application;

import java.lang.ref.WeakReference;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import net.adtelligent.domain.metrics.AdTotals;
import net.adtelligent.domain.metrics.CombinedRow;
import net.adtelligent.domain.metrics.CombinedView;
import net.adtelligent.domain.metrics.MetricsSnapshot;
import net.adtelligent.domain.tenant.TenantId;

/**
 * Combined rows and total already cut from a snapshot: dashboards ask the same question over and
 * over between two snapshots, and regrouping and summing a window of days costs more than the
 * rest of the use case. An entry answers only for the very snapshot instance it was cut from (the
 * store hands out the same instance while the snapshot is the latest), held weakly so a replaced
 * snapshot is not kept alive here; keyed by tenant and checked query. Least recently asked go first.
 */
final class SnapshotViews {

    record View(List<CombinedRow> rows, AdTotals total) {
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

    /** The view of this snapshot for this query, cut by {@code rows} unless already cut. */
    View of(MetricsSnapshot snapshot, CombinedQueryCheck.Checked query, Supplier<List<CombinedRow>> rows) {
        Key key = new Key(snapshot.tenantId(), Objects.requireNonNull(query, "query"));
        Cut cut = cuts.get(key);
        if (cut != null && cut.from.get() == snapshot) {
            cut.asked = clock.incrementAndGet();
            return cut.view;
        }
        List<CombinedRow> cutRows = List.copyOf(rows.get());
        View view = new View(cutRows, CombinedView.total(cutRows));
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
