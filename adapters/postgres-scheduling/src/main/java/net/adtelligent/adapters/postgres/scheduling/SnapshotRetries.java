package net.adtelligent.adapters.postgres.scheduling;

import com.github.kagkarlsson.scheduler.task.Execution;
import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import com.github.kagkarlsson.scheduler.task.ExecutionOperations;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import net.adtelligent.domain.tenant.TenantId;
import net.adtelligent.ports.out.AlertSink;
import net.adtelligent.ports.out.Telemetry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What happens when generating a tenant's snapshot throws: retry after a full-jitter wait, and
 * after the last attempt raise one alert and drop the execution (the next round schedules it anew).
 * The attempt comes from db-scheduler's count of consecutive failures, kept in the table, so it
 * survives a restart and is the same whichever instance runs the retry.
 */
final class SnapshotRetries implements FailureHandler<Void> {

    static final String ALERT_KIND = "snapshot_failed";
    private static final Logger log = LoggerFactory.getLogger(SnapshotRetries.class);

    private final int attempts;
    private final FullJitter backoff;
    private final AlertSink alerts;
    private final Telemetry telemetry;

    SnapshotRetries(int attempts, FullJitter backoff, AlertSink alerts, Telemetry telemetry) {
        this.attempts = attempts;
        this.backoff = backoff;
        this.alerts = alerts;
        this.telemetry = telemetry;
    }

    @Override
    public void onFailure(ExecutionComplete complete, ExecutionOperations<Void> operations) {
        Execution execution = complete.getExecution();
        int earlierFailures = execution.consecutiveFailures; // before this one
        int attempt = earlierFailures + 1;
        TenantId tenant = SnapshotScheduler.tenantOf(execution.taskInstance);
        String cause = complete.getCause().map(Throwable::toString).orElse("unknown cause");
        telemetry.snapshotFailed(tenant, attempt);
        if (attempt < attempts) {
            Duration wait = backoff.delay(earlierFailures);
            log.warn("snapshot attempt {} of {} failed, retrying in {} ms: {}", attempt, attempts, wait.toMillis(), cause);
            operations.reschedule(complete, complete.getTimeDone().plus(wait));
            return;
        }
        log.error("snapshot attempt {} of {} failed, giving up until the next round: {}", attempt, attempts, cause);
        try {
            // Removed first: if raising the alert fails, the execution must not stay picked, to be
            // revived as dead later and retried without end.
            operations.stop();
        } finally {
            raise(tenant, attempt, cause, complete.getTimeDone());
        }
    }

    private void raise(TenantId tenant, int attempt, String cause, Instant at) {
        alerts.raise(new AlertSink.Alert(Option.of(tenant), ALERT_KIND, "generating the metrics snapshot failed "
                + attempt + " times in a row (last: " + cause + "); the current snapshot grows stale until it works."
                + " Fix the cause (database reachable? tenant's facts readable?), then request a snapshot or wait for"
                + " the next scheduled round (docs/runbooks/observability.md)", at));
        telemetry.alertRaised(ALERT_KIND);
    }
}
