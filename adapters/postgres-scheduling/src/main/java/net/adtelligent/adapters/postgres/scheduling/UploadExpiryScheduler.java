package net.adtelligent.adapters.postgres.scheduling;

import java.time.Duration;
import javax.sql.DataSource;
import net.adtelligent.adapters.postgres.PostgresDatabase;
import net.adtelligent.ports.in.system.ExpireUploads;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Removes uploads not committed within the retention, on {@value #UPLOAD_EXPIRY}: a recurring
 * db-scheduler task in this database's {@code scheduled_tasks}, so of several instances one runs it
 * at a time (a recurring task is one row, and an instance runs it only after winning an update on
 * it), and a run cut off by a stop is found dead and run again. Each run looks at every tenant;
 * what it misses (a failure) the next run finds, as an expired upload stays expired.
 */
public final class UploadExpiryScheduler implements AutoCloseable {

    static final String UPLOAD_EXPIRY = "upload-expiry";
    /** Uploads expire after days: an hour late is well within the promise. */
    public static final Duration DEFAULT_INTERVAL = Duration.ofHours(1);
    private static final Logger log = LoggerFactory.getLogger(UploadExpiryScheduler.class);

    private final RecurringUseCase<ExpireUploads> job;

    UploadExpiryScheduler(DataSource dataSource, Duration interval, Duration pollingInterval) {
        this.job = new RecurringUseCase<>(UPLOAD_EXPIRY, dataSource, interval, pollingInterval, useCase -> {
            int removed = useCase.expire();
            log.info("removed {} expired uploads", removed);
        });
    }

    /** On {@code database}'s service pool, so as the application role; hourly, polling as snapshots do. */
    public static UploadExpiryScheduler on(PostgresDatabase database, SchedulingSettings settings) {
        return new UploadExpiryScheduler(database.applicationDataSource(), DEFAULT_INTERVAL, settings.pollingInterval());
    }

    /** Starts polling and schedules the task, unless another instance already has. */
    public void start(ExpireUploads useCase) {
        job.start(useCase);
    }

    @Override
    public void close() {
        job.close();
    }
}
