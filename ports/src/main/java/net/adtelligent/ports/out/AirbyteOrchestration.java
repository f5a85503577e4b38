package net.adtelligent.ports.out;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the core asks of Airbyte to move data: start a sync of a connection, follow its job, cancel
 * it, and list past jobs. Failures as in {@link AirbyteProvisioning}.
 */
public interface AirbyteOrchestration {

    AirbyteJob startSync(String connectionId);

    Optional<AirbyteJob> job(long jobId);

    /** Asks Airbyte to stop the job; the answer is the job as Airbyte then sees it. */
    AirbyteJob cancelJob(long jobId);

    /** Every job that matches, newest update first, all pages read. */
    List<AirbyteJob> jobs(JobQuery query);

    enum JobStatus {
        PENDING, QUEUED, RUNNING, INCOMPLETE, FAILED, SUCCEEDED, CANCELLED;

        public boolean finished() {
            return this == FAILED || this == SUCCEEDED || this == CANCELLED;
        }
    }

    enum JobType { SYNC, RESET, REFRESH, CLEAR }

    /** One job; counts are zero until Airbyte reports them. */
    record AirbyteJob(long jobId, String connectionId, JobType type, JobStatus status, Instant startedAt,
                      Optional<Instant> updatedAt, Optional<Duration> duration, long rowsSynced, long bytesSynced) {

        public AirbyteJob {
            Objects.requireNonNull(connectionId, "connectionId");
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(startedAt, "startedAt");
            Objects.requireNonNull(updatedAt, "updatedAt");
            Objects.requireNonNull(duration, "duration");
        }
    }

    /** Filters; an empty one matches everything. {@code createdFrom} inclusive, {@code createdBefore} exclusive. */
    record JobQuery(Optional<String> connectionId, Optional<JobStatus> status, Optional<Instant> createdFrom,
                    Optional<Instant> createdBefore) {

        public static final JobQuery ALL = new JobQuery(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty());

        public JobQuery {
            Objects.requireNonNull(connectionId, "connectionId");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(createdFrom, "createdFrom");
            Objects.requireNonNull(createdBefore, "createdBefore");
        }

        public static JobQuery ofConnection(String connectionId) {
            return new JobQuery(Optional.of(connectionId), Optional.empty(), Optional.empty(), Optional.empty());
        }

        public JobQuery withStatus(JobStatus wanted) {
            return new JobQuery(connectionId, Optional.of(wanted), createdFrom, createdBefore);
        }

        public JobQuery createdBetween(Instant from, Instant before) {
            return new JobQuery(connectionId, status, Optional.of(from), Optional.of(before));
        }
    }
}
