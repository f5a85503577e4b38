package net.adtelligent.adapters.postgres.scheduling;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.UUID;
import java.util.random.RandomGenerator;
import javax.sql.DataSource;
import net.adtelligent.adapters.postgres.PostgresDatabase;
import net.adtelligent.domain.tenant.TenantId;
import net.adtelligent.ports.in.system.ScheduledSnapshots;
import net.adtelligent.ports.out.AlertSink;
import net.adtelligent.ports.out.SnapshotRequests;
import net.adtelligent.ports.out.Telemetry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Snapshot generation and the stale-snapshot monitor, scheduled by db-scheduler in this database's
 * {@code scheduled_tasks} table: persistent across restarts and coordinated between instances.
 * One execution per tenant ({@value #SNAPSHOT}, instance id = tenant id) is the whole of the
 * cluster safety: the table's primary key refuses a second while one waits or runs, and an instance
 * must win an optimistic update to run it. {@value #SNAPSHOT_ALL} schedules every active tenant on
 * the interval; {@value #STALE_CHECK} calls the monitor.
 *
 * <p>Built before the use case (which takes it as its {@link SnapshotRequests}), then started with it.
 */
public final class SnapshotScheduler implements SnapshotRequests, AutoCloseable {

    static final String SNAPSHOT = "snapshot";
    static final String SNAPSHOT_ALL = "snapshot-all";
    static final String STALE_CHECK = "stale-check";
    /** Shutdown waits this long for running work; work cut off misses its heartbeats, is found dead and run again. */
    private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(30);
    private static final Logger log = LoggerFactory.getLogger(SnapshotScheduler.class);

    private final DataSource dataSource;
    private final SchedulingSettings settings;
    private final OneTimeTask<Void> snapshot;
    private final RecurringTask<Void> snapshotAll;
    private final RecurringTask<Void> staleCheck;
    private final SchedulerClient beforeStart;
    private volatile ScheduledSnapshots snapshots;
    private volatile Scheduler running;

    SnapshotScheduler(DataSource dataSource, AlertSink alerts, Telemetry telemetry, SchedulingSettings settings,
                      RandomGenerator random) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.settings = Objects.requireNonNull(settings, "settings");
        FullJitter backoff = new FullJitter(settings.retryBase(), settings.retryCap(), Objects.requireNonNull(random));
        this.snapshot = Tasks.oneTime(SNAPSHOT)
                .onFailure(new SnapshotRetries(settings.attempts(), backoff, Objects.requireNonNull(alerts, "alerts"),
                        Objects.requireNonNull(telemetry, "telemetry")))
                .execute((instance, context) -> useCase().generate(tenantOf(instance)));
        this.snapshotAll = Tasks.recurring(SNAPSHOT_ALL, FixedDelay.of(settings.interval()))
                // Listing tenants failed (a database blip): try again soon, not a whole interval later.
                .onFailure(new FailureHandler.OnFailureRetryLater<>(settings.retryBase()))
                .execute((instance, context) -> scheduleEveryActiveTenant(context.getSchedulerClient()));
        this.staleCheck = Tasks.recurring(STALE_CHECK, FixedDelay.of(settings.staleCheckInterval()))
                .execute((instance, context) -> useCase().checkStaleness());
        this.beforeStart = SchedulerClient.Builder.create(dataSource, snapshot).build();
    }

    /**
     * On {@code database}'s service pool, so as the application role. Start it once the use case
     * exists; close it before the database.
     */
    public static SnapshotScheduler on(PostgresDatabase database, AlertSink alerts, Telemetry telemetry,
                                       SchedulingSettings settings) {
        return on(database.applicationDataSource(), alerts, telemetry, settings);
    }

    /** On a pool of the caller's, whose connections run as the application role. */
    public static SnapshotScheduler on(DataSource dataSource, AlertSink alerts, Telemetry telemetry,
                                       SchedulingSettings settings) {
        return new SnapshotScheduler(dataSource, alerts, telemetry, settings, new Random()); // Random: thread-safe
    }

    /** Starts polling for due work and schedules the recurring tasks, unless another instance already has. */
    public synchronized void start(ScheduledSnapshots useCase) {
        if (running != null) {
            throw new IllegalStateException("the snapshot scheduler is already started");
        }
        snapshots = Objects.requireNonNull(useCase, "useCase");
        Scheduler scheduler = Scheduler.create(dataSource, snapshot)
                .startTasks(snapshotAll, staleCheck)
                .threads(settings.threads())
                .pollingInterval(settings.pollingInterval())
                .enableImmediateExecution()
                .shutdownMaxWait(SHUTDOWN_WAIT)
                .addSchedulerListener(new TaskLogContext())
                .build();
        scheduler.start();
        running = scheduler;
    }

    /**
     * Schedules the tenant's snapshot for now. When one is already waiting or running it is left as
     * it is: a waiting one is either due now anyway or in a retry's backoff, which a request must not
     * cut short (the cause is still failing, and each try counts towards the alert).
     */
    @Override
    public void request(TenantId tenant) {
        requestNow(tenant);
    }

    /** True when a run was scheduled, false when the tenant already had one. */
    boolean requestNow(TenantId tenant) {
        Scheduler started = running;
        // The running scheduler starts work it schedules for now at once, without waiting for a poll.
        SchedulerClient client = started != null ? started : beforeStart;
        return client.scheduleIfNotExists(instanceFor(tenant), Instant.now());
    }

    @Override
    public synchronized void close() {
        if (running != null) {
            running.stop();
            running = null;
        }
    }

    static TenantId tenantOf(TaskInstance<?> instance) {
        return new TenantId(UUID.fromString(instance.getId()));
    }

    private TaskInstance<Void> instanceFor(TenantId tenant) {
        return snapshot.instance(tenant.toString());
    }

    private void scheduleEveryActiveTenant(SchedulerClient client) {
        List<TenantId> tenants = useCase().activeTenants();
        Instant now = Instant.now();
        long added = tenants.stream().filter(tenant -> client.scheduleIfNotExists(instanceFor(tenant), now)).count();
        log.info("scheduled snapshots for {} of {} active tenants; the others had one waiting or running",
                added, tenants.size());
    }

    private ScheduledSnapshots useCase() {
        ScheduledSnapshots useCase = snapshots;
        if (useCase == null) {
            throw new IllegalStateException("the snapshot scheduler runs tasks only once started");
        }
        return useCase;
    }
}
