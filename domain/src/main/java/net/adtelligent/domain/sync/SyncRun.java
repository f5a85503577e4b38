package net.adtelligent.domain.sync;

import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import net.adtelligent.domain.connection.ConnectionId;
import net.adtelligent.domain.tenant.TenantId;

/**
 * One sync of one connection as Adtelligent recorded it. Counts are zero until Airbyte reports them;
 * {@code failure} is Airbyte's message for a failed run, shown to the tenant's people.
 *
 * @param airbyteJobId the Airbyte job; none while the start was refused or not yet answered
 */
public record SyncRun(SyncRunId id, TenantId tenant, ConnectionId connection, Option<Long> airbyteJobId,
                      SyncTrigger trigger, SyncStatus status, Instant startedAt, Option<Instant> finishedAt,
                      long recordsSynced, long bytesSynced, Option<String> failure) {

    public SyncRun {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(connection, "connection");
        Objects.requireNonNull(airbyteJobId, "airbyteJobId");
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(finishedAt, "finishedAt");
        Objects.requireNonNull(failure, "failure");
        if (status.finished() != finishedAt.isDefined()) {
            throw new IllegalArgumentException("a run has an end time exactly when it has finished: " + status);
        }
        if (recordsSynced < 0 || bytesSynced < 0) {
            throw new IllegalArgumentException("counts are never negative");
        }
    }

    /** A run that has just been started as the Airbyte job {@code jobId}. */
    public static SyncRun started(SyncRunId id, TenantId tenant, ConnectionId connection, long jobId,
                                  SyncTrigger trigger, Instant at) {
        return new SyncRun(id, tenant, connection, Option.of(jobId), trigger, SyncStatus.RUNNING, at, Option.none(),
                0, 0, Option.none());
    }

    /** This run as it ended (or still runs, with new counts). A finished run does not change again. */
    public SyncRun reported(SyncStatus now, Option<Instant> endedAt, long records, long bytes, Option<String> message) {
        if (status.finished()) {
            return this;
        }
        Option<Instant> end = now.finished() ? endedAt : Option.none();
        Option<String> failureMessage = now == SyncStatus.FAILED ? message : Option.none();
        return new SyncRun(id, tenant, connection, airbyteJobId, trigger, now, startedAt, end, records, bytes,
                failureMessage);
    }

    /** How long it ran; none while it runs. */
    public Option<Duration> duration() {
        return finishedAt.map(end -> Duration.between(startedAt, end));
    }
}
