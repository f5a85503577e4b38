package net.adtelligent.adapters.postgres.scheduling;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * One use case run every interval by a recurring db-scheduler task in this database's
 * {@code scheduled_tasks}: of several instances one runs it at a time (a recurring task is one row,
 * and an instance runs it only after winning an update on it), and a run cut off by a stop is found
 * dead and run again. The schedulers of this package that do one thing on a fixed delay are this.
 */
final class RecurringUseCase<T> implements AutoCloseable {

    private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(30);

    private final String name;
    private final DataSource dataSource;
    private final Duration pollingInterval;
    private final RecurringTask<Void> task;
    private volatile T useCase;
    private volatile Scheduler running;

    RecurringUseCase(String name, DataSource dataSource, Duration interval, Duration pollingInterval, Consumer<T> run) {
        this.name = Objects.requireNonNull(name, "name");
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.pollingInterval = Objects.requireNonNull(pollingInterval, "pollingInterval");
        Objects.requireNonNull(run, "run");
        this.task = Tasks.recurring(name, FixedDelay.of(Objects.requireNonNull(interval, "interval")))
                .execute((instance, context) -> run.accept(useCase()));
    }

    /** Starts polling and schedules the task, unless another instance already has. */
    synchronized void start(T given) {
        if (running != null) {
            throw new IllegalStateException(name + " is already started");
        }
        useCase = Objects.requireNonNull(given, "useCase");
        Scheduler scheduler = Scheduler.create(dataSource)
                .startTasks(task)
                .threads(1)
                .pollingInterval(pollingInterval)
                .shutdownMaxWait(SHUTDOWN_WAIT)
                .build();
        scheduler.start();
        running = scheduler;
    }

    @Override
    public synchronized void close() {
        if (running != null) {
            running.stop();
            running = null;
        }
    }

    private T useCase() {
        T current = useCase;
        if (current == null) {
            throw new IllegalStateException(name + " runs only once started");
        }
        return current;
    }
}
