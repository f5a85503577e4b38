package net.adtelligent.adapters.postgres.scheduling;

import com.github.kagkarlsson.scheduler.CurrentlyExecuting;
import com.github.kagkarlsson.scheduler.event.AbstractSchedulerListener;
import com.github.kagkarlsson.scheduler.task.Execution;
import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import org.slf4j.MDC;

/**
 * Puts {@code task}, {@code attempt} (1 for the first try) and, for a tenant's task, {@code tenant_id}
 * into the MDC while an execution runs, so every JSON log line written meanwhile says which run it
 * belongs to. A listener rather than an interceptor: db-scheduler calls it on the executing thread
 * before the task starts and after its failure handler, so the retry decisions and db-scheduler's own
 * failure line carry the keys too.
 */
final class TaskLogContext extends AbstractSchedulerListener {

    static final String TASK = "task";
    static final String ATTEMPT = "attempt";
    static final String TENANT = "tenant_id";

    @Override
    public void onExecutionStart(CurrentlyExecuting executing) {
        Execution execution = executing.getExecution();
        MDC.put(TASK, execution.getTaskName());
        MDC.put(ATTEMPT, Integer.toString(execution.consecutiveFailures + 1));
        // Always set or cleared, so a key left behind by an earlier run on this thread cannot leak.
        if (SnapshotScheduler.SNAPSHOT.equals(execution.getTaskName())
                || SyncPollScheduler.SYNC_POLL_TENANT.equals(execution.getTaskName())) {
            MDC.put(TENANT, execution.getId());
        } else {
            MDC.remove(TENANT);
        }
    }

    @Override
    public void onExecutionComplete(ExecutionComplete complete) {
        MDC.remove(TASK);
        MDC.remove(ATTEMPT);
        MDC.remove(TENANT);
    }
}
