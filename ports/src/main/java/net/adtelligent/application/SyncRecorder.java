package net.adtelligent.application;

import io.vavr.control.Option;
import java.time.Instant;
import java.util.List;
import net.adtelligent.domain.connection.ConnectionId;
import net.adtelligent.domain.sync.SyncRun;
import net.adtelligent.domain.sync.SyncRunId;
import net.adtelligent.domain.sync.SyncStatus;
import net.adtelligent.domain.sync.SyncTrigger;
import net.adtelligent.domain.tenant.TenantId;
import net.adtelligent.ports.out.AirbyteOrchestration.AirbyteJob;
import net.adtelligent.ports.out.SyncRunStore;
import net.adtelligent.ports.out.UnitOfWork;

/**
 * Records runs as Airbyte reports their jobs, each in one unit of work with whatever the observers
 * of a finished run write, so a run is finished (and observed) once, or not at all.
 */
final class SyncRecorder {

    private final SyncRunStore runs;
    private final UnitOfWork units;
    private final List<SyncObserver> observers;

    SyncRecorder(SyncRunStore runs, UnitOfWork units, List<SyncObserver> observers) {
        this.runs = runs;
        this.units = units;
        this.observers = List.copyOf(observers);
    }

    /**
     * Stores a run new to the tenant, with what {@code alsoWrite} writes; answers the run of the job
     * as stored (another's, when the poller found the job first: then nothing is written).
     */
    SyncRun recordNew(SyncRun run, Runnable alsoWrite) {
        return units.inTenant(run.tenant(), () -> {
            if (!runs.addIfNew(run)) {
                return runs.byJob(run.tenant(), run.airbyteJobId().get()).get();
            }
            alsoWrite.run();
            if (run.status().finished()) {
                observers.forEach(observer -> observer.finished(run));
            }
            return run;
        });
    }

    /** Stores the run's new state unless it has finished meanwhile; says whether it did. */
    boolean recordProgress(SyncRun next) {
        return units.inTenant(next.tenant(), () -> {
            if (!runs.update(next)) {
                return false;
            }
            if (next.status().finished()) {
                observers.forEach(observer -> observer.finished(next));
            }
            return true;
        });
    }

    /** A run for a job not seen before, as the job stands. */
    static SyncRun fromJob(TenantId tenant, ConnectionId connection, AirbyteJob job, SyncTrigger trigger, Instant now) {
        SyncRun started = SyncRun.started(SyncRunId.random(), tenant, connection, job.jobId(), trigger, job.startedAt());
        return reported(started, job, now);
    }

    /** The run as its job now stands: Airbyte's pending, queued and incomplete are still running here. */
    static SyncRun reported(SyncRun run, AirbyteJob job, Instant now) {
        SyncStatus status = switch (job.status()) {
            case SUCCEEDED -> SyncStatus.SUCCEEDED;
            case FAILED -> SyncStatus.FAILED;
            case CANCELLED -> SyncStatus.CANCELLED;
            case PENDING, QUEUED, RUNNING, INCOMPLETE -> SyncStatus.RUNNING;
        };
        Instant end = job.duration().map(run.startedAt()::plus).or(job::updatedAt).orElse(now);
        // The jobs API tells no reason; the webhook's message is Airbyte's, read in its UI.
        Option<String> failure = Option.of("Airbyte job " + job.jobId() + " failed; its attempts' logs in Airbyte say why");
        return run.reported(status, Option.of(end.isBefore(run.startedAt()) ? run.startedAt() : end), job.rowsSynced(),
                job.bytesSynced(), failure);
    }

    /** A run whose job Airbyte no longer knows: it cannot end otherwise. */
    static SyncRun lost(SyncRun run, Instant now) {
        return run.reported(SyncStatus.FAILED, Option.of(now), run.recordsSynced(), run.bytesSynced(),
                Option.of("Airbyte no longer knows job " + run.airbyteJobId().getOrElse(0L)));
    }
}
