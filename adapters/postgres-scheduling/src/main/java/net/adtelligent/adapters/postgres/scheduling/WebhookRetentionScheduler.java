package net.adtelligent.adapters.postgres.scheduling;

import java.time.Duration;
import javax.sql.DataSource;
import net.adtelligent.adapters.postgres.PostgresDatabase;
import net.adtelligent.ports.in.system.ForgetWebhookDeliveries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Forgets the webhook's deliveries older than their retention on {@value #WEBHOOK_RETENTION}: a
 * recurring db-scheduler task in this database's {@code scheduled_tasks}, so of several instances
 * one runs it at a time, and a run cut off by a stop is found dead and run again. What a failed run
 * leaves, the next one finds: an old delivery stays old.
 */
public final class WebhookRetentionScheduler implements AutoCloseable {

    static final String WEBHOOK_RETENTION = "webhook-retention";
    /** The retention is counted in days: a day late is within it, and one run a day keeps each short. */
    public static final Duration DEFAULT_INTERVAL = Duration.ofDays(1);
    private static final Logger log = LoggerFactory.getLogger(WebhookRetentionScheduler.class);

    private final RecurringUseCase<ForgetWebhookDeliveries> job;

    WebhookRetentionScheduler(DataSource dataSource, Duration interval, Duration pollingInterval) {
        this.job = new RecurringUseCase<>(WEBHOOK_RETENTION, dataSource, interval, pollingInterval, useCase -> {
            int forgotten = useCase.forget();
            log.info("forgot {} webhook deliveries past their retention", forgotten);
        });
    }

    /** On {@code database}'s service pool, so as the application role; daily, polling as snapshots do. */
    public static WebhookRetentionScheduler on(PostgresDatabase database, SchedulingSettings settings) {
        return new WebhookRetentionScheduler(database.applicationDataSource(), DEFAULT_INTERVAL, settings.pollingInterval());
    }

    /** Starts polling and schedules the task, unless another instance already has. */
    public void start(ForgetWebhookDeliveries useCase) {
        job.start(useCase);
    }

    @Override
    public void close() {
        job.close();
    }
}
