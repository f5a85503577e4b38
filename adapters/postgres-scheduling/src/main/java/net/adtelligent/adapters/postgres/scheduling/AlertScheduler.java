package net.adtelligent.adapters.postgres.scheduling;

import java.time.Duration;
import javax.sql.DataSource;
import net.adtelligent.adapters.postgres.PostgresDatabase;
import net.adtelligent.ports.in.system.AlertChecks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The scheduled alert work ({@link AlertChecks}) every interval: the staleness of every tenant's
 * sources, the dbt project's runs (the operators' alerts), then the one mail of each new episode. A recurring db-scheduler task in this database's
 * {@code scheduled_tasks}, so of several instances one runs it at a time (a recurring task is one
 * row, and an instance runs it only after winning an update on it): two instances never mail the
 * same episode. A run cut off by a stop is found dead and run again; a mail that failed is due again
 * at the next run.
 */
public final class AlertScheduler implements AutoCloseable {

    static final String ALERT_CHECKS = "alert-checks";
    public static final Duration DEFAULT_INTERVAL = Duration.ofMinutes(5);
    private static final Logger log = LoggerFactory.getLogger(AlertScheduler.class);

    private final RecurringUseCase<AlertChecks> job;

    AlertScheduler(DataSource dataSource, Duration interval, Duration pollingInterval) {
        this.job = new RecurringUseCase<>(ALERT_CHECKS, dataSource, interval, pollingInterval, useCase -> {
            int opened = useCase.checkSources();
            int dbt = useCase.checkDbt();
            int mailed = useCase.sendMails();
            log.info("alert checks: {} stale-source alerts opened, {} dbt alerts opened, {} alert mails sent", opened,
                    dbt, mailed);
        });
    }

    /** On {@code database}'s service pool, so as the application role, every {@code interval}. */
    public static AlertScheduler on(PostgresDatabase database, Duration interval, SchedulingSettings settings) {
        return new AlertScheduler(database.applicationDataSource(), interval, settings.pollingInterval());
    }

    /** Starts polling and schedules the task, unless another instance already has. */
    public void start(AlertChecks useCase) {
        job.start(useCase);
    }

    @Override
    public void close() {
        job.close();
    }
}
