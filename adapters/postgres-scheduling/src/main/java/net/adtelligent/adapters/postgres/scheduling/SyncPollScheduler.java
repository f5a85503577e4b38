package net.adtelligent.adapters.postgres.scheduling;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import javax.sql.DataSource;
import net.adtelligent.adapters.postgres.PostgresDatabase;
import net.adtelligent.domain.tenant.TenantId;
import net.adtelligent.ports.in.system.SyncPolling;
import net.adtelligent.ports.out.SyncPollRequests;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows syncs in Airbyte through db-scheduler in this database's {@code scheduled_tasks}:
 * {@value #SYNC_POLL} every {@value #INTERVAL_TEXT} reads every tenant's running runs and new jobs
 * (and starts due syncs when Adtelligent keeps the schedules); {@value #SYNC_POLL_TENANT} (instance
 * id = tenant id) reads one tenant's at once, when Airbyte signals a job. The runs that are still
 * running live in the database, not in a task, so a poll cut off by a stop loses nothing: the next
 * instance to run the recurring task reads them again and finishes them. One row per task (and per
 * tenant) keeps two instances from polling the same at once.
 */
public final class SyncPollScheduler implements SyncPollRequests, AutoCloseable {

    static final String SYNC_POLL = "sync-poll";
    static final String SYNC_POLL_TENANT = "sync-poll-tenant";
    private static final String INTERVAL_TEXT = "minute";
    /** Airbyte's syncs take minutes: a minute late is well within "fresh within minutes". */
    public static final Duration DEFAULT_INTERVAL = Duration.ofMinutes(1);
    private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(30);
    private static final Logger log = LoggerFactory.getLogger(SyncPollScheduler.class);

    private final DataSource dataSource;
    private final Duration pollingInterval;
    private final RecurringTask<Void> pollAll;
    private final OneTimeTask<Void> pollTenant;
    private final SchedulerClient beforeStart;
    private volatile SyncPolling useCase;
    private volatile Scheduler running;

    SyncPollScheduler(DataSource dataSource, Duration interval, Duration pollingInterval) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.pollingInterval = Objects.requireNonNull(pollingInterval, "pollingInterval");
        this.pollAll = Tasks.recurring(SYNC_POLL, FixedDelay.of(Objects.requireNonNull(interval, "interval")))
                .execute((instance, context) -> {
                    int changed = useCase().pollAll();
                    if (changed > 0) {
                        log.info("sync poll recorded or finished {} runs", changed);
                    }
                });
        this.pollTenant = Tasks.oneTime(SYNC_POLL_TENANT)
                .execute((instance, context) -> useCase().poll(new TenantId(UUID.fromString(instance.getId()))));
        this.beforeStart = SchedulerClient.Builder.create(dataSource, pollTenant).build();
    }

    /** On {@code database}'s service pool, so as the application role; polling for due work as snapshots do. */
    public static SyncPollScheduler on(PostgresDatabase database, SchedulingSettings settings) {
        return new SyncPollScheduler(database.applicationDataSource(), DEFAULT_INTERVAL, settings.pollingInterval());
    }

    /** Starts polling and schedules the recurring poll, unless another instance already has. */
    public synchronized void start(SyncPolling polling) {
        if (running != null) {
            throw new IllegalStateException("the sync poll is already started");
        }
        useCase = Objects.requireNonNull(polling, "polling");
        Scheduler scheduler = Scheduler.create(dataSource, pollTenant)
                .startTasks(pollAll)
                .threads(2)
                .pollingInterval(pollingInterval)
                .enableImmediateExecution()
                .shutdownMaxWait(SHUTDOWN_WAIT)
                .addSchedulerListener(new TaskLogContext())
                .build();
        scheduler.start();
        running = scheduler;
    }

    /** Reads the tenant's syncs now; when a read of it is waiting or running already, that one does. */
    @Override
    public void request(TenantId tenant) {
        Scheduler started = running;
        SchedulerClient client = started != null ? started : beforeStart;
        TaskInstance<Void> instance = pollTenant.instance(tenant.toString());
        client.scheduleIfNotExists(instance, Instant.now());
    }

    @Override
    public synchronized void close() {
        if (running != null) {
            running.stop();
            running = null;
        }
    }

    private SyncPolling useCase() {
        SyncPolling current = useCase;
        if (current == null) {
            throw new IllegalStateException("the sync poll runs only once started");
        }
        return current;
    }
}
