package net.adtelligent.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import net.adtelligent.ports.out.AirbyteOrchestration;
import net.adtelligent.ports.out.AirbyteRejectedException;
import net.adtelligent.ports.out.OutsidePartUnavailableException;

/**
 * Airbyte's jobs in memory, for use-case and HTTP tests: a sync starts a running job, which the
 * test then ends ({@link #finish}); switched {@link #down}, every call fails as Airbyte unreachable;
 * {@link #refuseNext} makes the next start a refusal. The real client is tested against a WireMock
 * Airbyte in its own module and in bootstrap.
 */
public final class FakeAirbyte implements AirbyteOrchestration {

    private final Clock clock;
    private final AtomicLong ids = new AtomicLong(1000);
    private final Map<Long, AirbyteJob> jobs = new ConcurrentHashMap<>();
    public volatile boolean down;
    public volatile boolean refuseNext;

    public FakeAirbyte(Clock clock) {
        this.clock = clock;
    }

    /** Airbyte could not be reached. */
    public static final class Unreachable extends OutsidePartUnavailableException {
        Unreachable() {
            super("airbyte", "Airbyte did not answer (a test's fake, switched down)", null);
        }
    }

    @Override
    public AirbyteJob startSync(String connectionId) {
        check();
        if (refuseNext) {
            refuseNext = false;
            throw new AirbyteRejectedException(409, "a sync is already running for this connection");
        }
        return add(connectionId, clock.instant());
    }

    /** A job Airbyte started on its own schedule, at {@code at}. */
    public AirbyteJob startedByAirbyte(String connectionId, Instant at) {
        return add(connectionId, at);
    }

    private AirbyteJob add(String connectionId, Instant at) {
        AirbyteJob job = new AirbyteJob(ids.incrementAndGet(), connectionId, JobType.SYNC, JobStatus.RUNNING, at,
                Optional.of(at), Optional.empty(), 0, 0);
        jobs.put(job.jobId(), job);
        return job;
    }

    /** Ends the job after {@code took}, having moved {@code rows}. */
    public void finish(long jobId, JobStatus status, Duration took, long rows) {
        AirbyteJob job = jobs.get(jobId);
        jobs.put(jobId, new AirbyteJob(jobId, job.connectionId(), job.type(), status, job.startedAt(),
                Optional.of(job.startedAt().plus(took)), Optional.of(took), rows, rows * 64));
    }

    /** Forgets the job, as Airbyte does when its history is cleared. */
    public void forget(long jobId) {
        jobs.remove(jobId);
    }

    @Override
    public Optional<AirbyteJob> job(long jobId) {
        check();
        return Optional.ofNullable(jobs.get(jobId));
    }

    @Override
    public AirbyteJob cancelJob(long jobId) {
        check();
        AirbyteJob job = jobs.get(jobId);
        finish(jobId, JobStatus.CANCELLED, Duration.between(job.startedAt(), clock.instant()), job.rowsSynced());
        return jobs.get(jobId);
    }

    @Override
    public List<AirbyteJob> jobs(JobQuery query) {
        check();
        List<AirbyteJob> found = new ArrayList<>(jobs.values().stream()
                .filter(job -> query.connectionId().map(job.connectionId()::equals).orElse(true))
                .filter(job -> query.status().map(job.status()::equals).orElse(true))
                .filter(job -> query.createdFrom().map(from -> !job.startedAt().isBefore(from)).orElse(true))
                .filter(job -> query.createdBefore().map(job.startedAt()::isBefore).orElse(true))
                .toList());
        found.sort((a, b) -> b.updatedAt().orElseThrow().compareTo(a.updatedAt().orElseThrow()));
        return found;
    }

    private void check() {
        if (down) {
            throw new Unreachable();
        }
    }
}
