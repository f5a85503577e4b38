package net.adtelligent.adapters.postgres.scheduling;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import net.adtelligent.domain.metrics.MetricsSnapshot;
import net.adtelligent.domain.tenant.TenantId;
import net.adtelligent.ports.in.system.ScheduledSnapshots;
import net.adtelligent.ports.out.MetricsFixtures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The use case as the scheduler sees it: generation that takes a while, may fail its first tries,
 * and writes down every run (who ran it, when it started and ended) in a queue that several
 * instances can share.
 */
final class RecordingSnapshots implements ScheduledSnapshots {

    record Run(String instance, TenantId tenant, long startedNanos, long endedNanos, boolean failed) {

        boolean overlaps(Run other) {
            return startedNanos < other.endedNanos && other.startedNanos < endedNanos;
        }
    }

    private static final Logger log = LoggerFactory.getLogger(RecordingSnapshots.class);

    private final String instance;
    private final Queue<Run> runs;
    private final List<TenantId> active;
    private final Duration work;
    private final AtomicInteger failuresLeft;
    private final AtomicInteger staleChecks = new AtomicInteger();
    private final AtomicInteger listingFailuresLeft = new AtomicInteger();

    RecordingSnapshots(String instance, Queue<Run> runs, List<TenantId> active, Duration work, int failFirst) {
        this.instance = instance;
        this.runs = runs;
        this.active = List.copyOf(active);
        this.work = work;
        this.failuresLeft = new AtomicInteger(failFirst);
    }

    static RecordingSnapshots quick(List<TenantId> active) {
        return new RecordingSnapshots("one", new ConcurrentLinkedQueue<>(), active, Duration.ZERO, 0);
    }

    @Override
    public MetricsSnapshot generate(TenantId tenant) {
        long started = System.nanoTime();
        log.info("generating snapshot"); // the log test reads this line's MDC
        try {
            Thread.sleep(work.toMillis());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        boolean fail = failuresLeft.getAndDecrement() > 0;
        runs.add(new Run(instance, tenant, started, System.nanoTime(), fail));
        if (fail) {
            throw new IllegalStateException("warehouse unavailable");
        }
        return MetricsFixtures.emptySnapshot(tenant, Instant.now());
    }

    @Override
    public List<TenantId> activeTenants() {
        if (listingFailuresLeft.getAndDecrement() > 0) {
            throw new IllegalStateException("tenants unavailable");
        }
        return active;
    }

    RecordingSnapshots failingToListTenantsFirst(int times) {
        listingFailuresLeft.set(times);
        return this;
    }

    @Override
    public void checkStaleness() {
        staleChecks.incrementAndGet();
    }

    Queue<Run> runs() {
        return runs;
    }

    List<Run> runsOf(TenantId tenant) {
        return runs.stream().filter(run -> run.tenant().equals(tenant)).toList();
    }

    int staleChecks() {
        return staleChecks.get();
    }
}
