package net.adtelligent.memory;

import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.adtelligent.domain.metrics.MetricsSnapshot;
import net.adtelligent.domain.tenant.TenantId;
import net.adtelligent.ports.out.SnapshotStore;

/** Snapshots in memory, the newest {@link #KEPT} per tenant, lost when the JVM stops. Thread-safe. */
public final class InMemorySnapshotStore implements SnapshotStore {

    private final Map<TenantId, LinkedList<MetricsSnapshot>> snapshots = new ConcurrentHashMap<>();

    @Override
    public void save(MetricsSnapshot snapshot) {
        Undo.remember(snapshots, snapshot.tenantId());
        snapshots.compute(snapshot.tenantId(), (tenant, kept) -> {
            // A new list each time: the undo journal may hold the one before.
            LinkedList<MetricsSnapshot> list = kept == null ? new LinkedList<>() : new LinkedList<>(kept);
            list.addFirst(snapshot);
            while (list.size() > KEPT) {
                list.removeLast();
            }
            return list;
        });
    }

    @Override
    public Option<MetricsSnapshot> latest(TenantId tenant) {
        return Option.ofOptional(history(tenant, 1).stream().findFirst());
    }

    @Override
    public List<MetricsSnapshot> history(TenantId tenant, int limit) {
        // Copied inside compute, so a save running at the same time is seen whole or not at all.
        List<MetricsSnapshot> copy = new ArrayList<>();
        snapshots.computeIfPresent(tenant, (t, kept) -> {
            copy.addAll(kept);
            return kept;
        });
        return List.copyOf(copy.subList(0, Math.min(Math.max(limit, 0), copy.size())));
    }
}
