package net.adtelligent.application;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import net.adtelligent.ports.in.SyncNotifications.JobNotice;
import net.adtelligent.ports.in.system.SyncSignals;
import net.adtelligent.ports.out.Telemetry;
import net.adtelligent.ports.out.UnitOfWork;
import net.adtelligent.ports.out.WebhookDeliveries;
import net.adtelligent.ports.out.WebhookDeliveries.Delivered;
import net.adtelligent.ports.out.WebhookDeliveries.JobOutcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Authentic deliveries on their way to the record: one thread takes whatever waits (up to
 * {@link #BATCH} at once), records it in one unit of work, then signals each job recorded for the
 * first time, so a burst of deliveries costs a write per batch rather than per request, and Airbyte
 * gets its 202 without waiting for the database. Batches are large: when this thread gets little
 * CPU (the machine busy with the requests themselves) each write's round trips wait longest, and
 * small batches let the backlog fill (503s) at rates the database keeps up with easily. A batch
 * that starts small waits {@link #GATHER} for more: under a steady stream each write then carries
 * hundreds of deliveries instead of a few, and a request's hand-over wakes no waiting thread. What is
 * lost here (a crash, the database away) the sync orchestration's polling of Airbyte's API finds
 * anyway: the webhook only hurries it.
 */
final class DeliveryBatches implements AutoCloseable {

    static final int BATCH = 5_000;
    /** Below this many, a batch waits {@link #GATHER} for more before it is written. */
    static final int SMALL = 500;
    static final Duration GATHER = Duration.ofMillis(2);
    private static final Duration CLOSE_WAIT = Duration.ofSeconds(5);
    private static final Logger log = LoggerFactory.getLogger(DeliveryBatches.class);

    private final BlockingQueue<JobNotice> waiting;
    private final SyncSignals signals;
    private final WebhookDeliveries deliveries;
    private final UnitOfWork units;
    private final Telemetry telemetry;
    private final Clock clock;
    private final Thread worker;
    private volatile boolean closing;

    DeliveryBatches(int backlog, SyncSignals signals, WebhookDeliveries deliveries, UnitOfWork units, Telemetry telemetry,
                    Clock clock) {
        this.waiting = new ArrayBlockingQueue<>(backlog);
        this.signals = signals;
        this.deliveries = deliveries;
        this.units = units;
        this.telemetry = telemetry;
        this.clock = clock;
        this.worker = new Thread(this::work, "webhook-deliveries");
        // Never what keeps a JVM alive: nothing waiting here is lost that polling does not find.
        worker.setDaemon(true);
        worker.start();
    }

    /** False when the backlog's deliveries wait already (the database is behind): the caller answers 503. */
    boolean offer(JobNotice notice) {
        return !closing && waiting.offer(notice);
    }

    private void work() {
        List<JobNotice> batch = new ArrayList<>(BATCH);
        while (!closing || !waiting.isEmpty()) {
            try {
                JobNotice first = waiting.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                waiting.drainTo(batch, BATCH - 1);
                if (batch.size() < SMALL && !closing) {
                    Thread.sleep(GATHER.toMillis());
                    waiting.drainTo(batch, BATCH - batch.size());
                }
                process(batch);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException failure) {
                // Ids and counts only, never a payload; the jobs are read from Airbyte's API by polling anyway.
                log.warn("airbyte webhook: {} deliveries not recorded: {}", batch.size(), failure.toString());
                batch.forEach(notice -> telemetry.webhookDelivery("not_recorded"));
            } finally {
                batch.clear();
            }
        }
    }

    private void process(List<JobNotice> batch) {
        Map<Delivered, JobNotice> byDelivery = new LinkedHashMap<>();
        batch.forEach(notice -> byDelivery.putIfAbsent(new Delivered(notice.airbyteJobId(),
                notice.success() ? JobOutcome.SUCCEEDED : JobOutcome.FAILED), notice));
        Set<Delivered> recorded = units.inSystem(() -> deliveries.recordNew(byDelivery.keySet(), clock.instant()));
        for (int i = recorded.size(); i < batch.size(); i++) {
            telemetry.webhookDelivery("repeated");
        }
        // In the order received; each signal on its own, outside the batch's unit: each may bind a tenant of its own.
        byDelivery.forEach((delivered, notice) -> {
            if (recorded.contains(delivered)) {
                signal(notice);
            }
        });
    }

    private void signal(JobNotice notice) {
        try {
            SyncSignals.Outcome outcome = signals.jobReported(notice.airbyteConnectionId(), notice.airbyteJobId());
            if (outcome == SyncSignals.Outcome.UNKNOWN_CONNECTION) {
                log.info("airbyte webhook: job {} of Airbyte connection {}, which no tenant's connection uses; acknowledged",
                        notice.airbyteJobId(), notice.airbyteConnectionId());
            }
            telemetry.webhookDelivery(outcome == SyncSignals.Outcome.ACCEPTED ? "signalled" : "unknown_connection");
        } catch (RuntimeException failure) {
            log.warn("airbyte webhook: job {} recorded, its signal failed: {}", notice.airbyteJobId(), failure.toString());
            telemetry.webhookDelivery("signal_failed");
        }
    }

    /** Takes no more; what waits is recorded and signalled within a few seconds, then the thread ends. */
    @Override
    public void close() {
        closing = true;
        try {
            worker.join(CLOSE_WAIT.toMillis());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        if (worker.isAlive()) {
            worker.interrupt();
            log.warn("airbyte webhook: {} deliveries dropped at shutdown", waiting.size());
        }
    }
}
