package net.adtelligent.adapters.postgres.scheduling;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Duration;
import java.util.Objects;
import javax.sql.DataSource;
import net.adtelligent.adapters.postgres.PostgresDatabase;
import net.adtelligent.ports.in.system.AlertChecks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The scheduled alert work ({@link AlertChecks}) every interval: the staleness of every tenant's
 * sources, then the one mail of each new episode. A recurring db-scheduler task in this database's
 * {@code scheduled_tasks}, so of several instances one runs it at a time (a recurring task is one
 * row, and an instance runs it only after winning an update on it): two instances never mail the
 * same episode. A run cut off by a stop is found dead and run again; a mail that failed is due again
 * at the next run.
 */
public final class AlertScheduler implements AutoCloseable {

    static final String ALERT_CHECKS = "alert-checks";
    public static final Duration DEFAULT_INTERVAL = Duration.ofMinutes(5);
    private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(30);
    private static final Logger log = LoggerFactory.getLogger(AlertScheduler.class);

    private final DataSource dataSource;
    private final Duration pollingInterval;
    private final RecurringTask<Void> checks;
    private volatile AlertChecks useCase;
    private volatile Scheduler running;

    AlertScheduler(DataSource dataSource, Duration interval, Duration pollingInterval) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.pollingInterval = Objects.requireNonNull(pollingInterval, "pollingInterval");
        this.checks = Tasks.recurring(ALERT_CHECKS, FixedDelay.of(Objects.requireNonNull(interval, "interval")))
                .execute((instance, context) -> {
                    AlertChecks current = useCase();
                    int opened = current.checkSources();
                    int mailed = current.sendMails();
                    log.info("alert checks: {} stale-source alerts opened, {} alert mails sent", opened, mailed);
                });
    }

    /** On {@code database}'s service pool, so as the application role, every {@code interval}. */
    public static AlertScheduler on(PostgresDatabase database, Duration interval, SchedulingSettings settings) {
        return new AlertScheduler(database.applicationDataSource(), interval, settings.pollingInterval());
    }

    /** Starts polling and schedules the task, unless another instance already has. */
    public synchronized void start(AlertChecks alertChecks) {
        if (running != null) {
            throw new IllegalStateException("the alert checks are already started");
        }
        useCase = Objects.requireNonNull(alertChecks, "alertChecks");
        Scheduler scheduler = Scheduler.create(dataSource)
                .startTasks(checks)
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

    private AlertChecks useCase() {
        AlertChecks current = useCase;
        if (current == null) {
            throw new IllegalStateException("the alert checks run only once started");
        }
        return current;
    }
}
