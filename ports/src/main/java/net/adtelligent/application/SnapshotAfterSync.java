package net.adtelligent.application;

import net.adtelligent.domain.fact.Platform;
import net.adtelligent.domain.sync.SyncRun;
import net.adtelligent.domain.sync.SyncStatus;
import net.adtelligent.ports.out.ConnectionStore;
import net.adtelligent.ports.out.SnapshotRequests;

/**
 * A successful sync of ad or analytics data asks for the tenant's snapshot, so the combined view
 * shows the new data within minutes of it landing instead of at the next hourly run.
 */
final class SnapshotAfterSync implements SyncObserver {

    private final ConnectionStore connections;
    private final SnapshotRequests snapshots;

    SnapshotAfterSync(ConnectionStore connections, SnapshotRequests snapshots) {
        this.connections = connections;
        this.snapshots = snapshots;
    }

    @Override
    public void finished(SyncRun run) {
        if (run.status() == SyncStatus.SUCCEEDED && connections.byId(run.tenant(), run.connection())
                .exists(connection -> connection.platform() != Platform.CSV)) {
            snapshots.request(run.tenant());
        }
    }
}
