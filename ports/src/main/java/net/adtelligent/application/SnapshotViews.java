package net.adtelligent.application;

import java.lang.ref.WeakReference;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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

    private record Cut(WeakReference<MetricsSnapshot> from, View view) {
    }

    private final Map<Key, Cut> cuts;

    SnapshotViews(int kept) {
        if (kept < 1) {
            throw new IllegalArgumentException("kept must be at least 1, was " + kept);
        }
        this.cuts = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, Cut> eldest) {
                return size() > kept;
            }
        };
    }

    /** The view of this snapshot for this query, cut by {@code rows} unless already cut. */
    View of(MetricsSnapshot snapshot, CombinedQueryCheck.Checked query, Supplier<List<CombinedRow>> rows) {
        Key key = new Key(snapshot.tenantId(), Objects.requireNonNull(query, "query"));
        synchronized (this) {
            Cut cut = cuts.get(key);
            if (cut != null && cut.from().get() == snapshot) {
                return cut.view();
            }
        }
        List<CombinedRow> cutRows = List.copyOf(rows.get());
        View view = new View(cutRows, CombinedView.total(cutRows));
        synchronized (this) {
            cuts.put(key, new Cut(new WeakReference<>(snapshot), view));
        }
        return view;
    }

    synchronized int size() {
        return cuts.size();
    }
}
