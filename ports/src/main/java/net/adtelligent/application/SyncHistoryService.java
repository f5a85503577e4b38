package net.adtelligent.application;

import java.util.Comparator;
import java.util.List;
import net.adtelligent.domain.sync.SyncRun;
import net.adtelligent.domain.tenant.TenantId;
import net.adtelligent.ports.in.system.SyncHistory;
import net.adtelligent.ports.out.SnapshotRequests;
import net.adtelligent.ports.out.SyncRunStore;
import net.adtelligent.ports.out.UnitOfWork;

/**
 * Runs recorded in bulk: told to the given observers one by one, oldest first, but the snapshot is
 * asked for once at the end rather than after every success of a year.
 */
final class SyncHistoryService implements SyncHistory {

    private final SyncRunStore runs;
    private final UnitOfWork units;
    private final List<SyncObserver> observers;
    private final SnapshotRequests snapshots;

    SyncHistoryService(SyncRunStore runs, UnitOfWork units, List<SyncObserver> observers, SnapshotRequests snapshots) {
        this.runs = runs;
        this.units = units;
        this.observers = List.copyOf(observers);
        this.snapshots = snapshots;
    }

    @Override
    public int record(TenantId tenant, List<SyncRun> history) {
        List<SyncRun> oldestFirst = history.stream().sorted(Comparator.comparing(SyncRun::startedAt)).toList();
        if (oldestFirst.stream().anyMatch(run -> !run.tenant().equals(tenant) || run.airbyteJobId().isEmpty())) {
            throw new IllegalArgumentException("every run recorded must be the tenant's and name its Airbyte job");
        }
        int added = units.inTenant(tenant, () -> {
            int count = 0;
            for (SyncRun run : oldestFirst) {
                if (runs.addIfNew(run)) {
                    count++;
                    if (run.status().finished()) {
                        observers.forEach(observer -> observer.finished(run));
                    }
                }
            }
            return count;
        });
        if (added > 0) {
            snapshots.request(tenant);
        }
        return added;
    }
}
