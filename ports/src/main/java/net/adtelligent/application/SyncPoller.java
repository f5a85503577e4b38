package net.adtelligent.application;

import io.vavr.control.Option;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import net.adtelligent.domain.connection.Connection;
import net.adtelligent.domain.connection.ConnectionStatus;
import net.adtelligent.domain.sync.SyncRun;
import net.adtelligent.domain.sync.SyncTrigger;
import net.adtelligent.domain.tenant.TenantId;
import net.adtelligent.ports.in.system.ScheduledSnapshots;
import net.adtelligent.ports.in.system.SyncPolling;
import net.adtelligent.ports.in.system.SyncSignals;
import net.adtelligent.ports.out.AirbyteOrchestration;
import net.adtelligent.ports.out.AirbyteOrchestration.AirbyteJob;
import net.adtelligent.ports.out.AirbyteOrchestration.JobQuery;
import net.adtelligent.ports.out.AirbyteOrchestration.JobType;
import net.adtelligent.ports.out.AirbyteRejectedException;
import net.adtelligent.ports.out.ConnectionStore;
import net.adtelligent.ports.out.SyncPollRequests;
import net.adtelligent.ports.out.SyncRunStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows every tenant's syncs in Airbyte: its running runs until they end, the jobs Airbyte
 * started itself, and (when Adtelligent keeps the schedules) the syncs that are due. Airbyte is
 * asked before each unit of work opens; the state read inside the unit decides, so two pollers
 * (the recurring one and one a signal asked for) finish a run once.
 */
final class SyncPoller implements SyncPolling, SyncSignals {

    private static final Logger log = LoggerFactory.getLogger(SyncPoller.class);
    /** How far back a connection with no recorded run is searched for jobs. */
    static final Duration FIRST_LOOK_BACK = Duration.ofDays(7);
    private static final int PAGE = 200;

    private final ConnectionStore connections;
    private final SyncRunStore runs;
    private final Option<AirbyteOrchestration> airbyte;
    private final SyncRecorder recorder;
    private final ScheduledSnapshots tenants;
    private final SyncScheduling scheduling;
    private final SyncPollRequests requests;
    private final Clock clock;

    SyncPoller(ConnectionStore connections, SyncRunStore runs, Option<AirbyteOrchestration> airbyte,
               SyncRecorder recorder, ScheduledSnapshots tenants, SyncScheduling scheduling,
               Option<SyncPollRequests> requests, Clock clock) {
        this.connections = connections;
        this.runs = runs;
        this.airbyte = airbyte;
        this.recorder = recorder;
        this.tenants = tenants;
        this.scheduling = scheduling;
        this.requests = requests.getOrElse(() -> this::poll);
        this.clock = clock;
    }

    @Override
    public Outcome jobReported(String airbyteConnectionId, long airbyteJobId) {
        return connections.byAirbyteConnection(airbyteConnectionId).fold(() -> Outcome.UNKNOWN_CONNECTION, connection -> {
            requests.request(connection.tenant());
            return Outcome.ACCEPTED;
        });
    }

    @Override
    public int pollAll() {
        if (airbyte.isEmpty()) {
            return 0;
        }
        int changed = 0;
        for (TenantId tenant : tenants.activeTenants()) {
            changed += poll(tenant);
            if (scheduling == SyncScheduling.ADTELLIGENT) {
                changed += startDue(tenant);
            }
        }
        return changed;
    }

    @Override
    public int poll(TenantId tenant) {
        if (airbyte.isEmpty()) {
            return 0;
        }
        int changed = 0;
        for (SyncRun run : runs.running(tenant)) {
            if (run.airbyteJobId().isDefined()) {
                Optional<AirbyteJob> job = airbyte.get().job(run.airbyteJobId().get());
                Instant now = clock.instant();
                SyncRun next = job.map(found -> SyncRecorder.reported(run, found, now))
                        .orElseGet(() -> SyncRecorder.lost(run, now));
                if (!next.equals(run) && recorder.recordProgress(next)) {
                    changed++;
                }
            }
        }
        for (Connection connection : provisioned(tenant)) {
            changed += discover(connection);
        }
        return changed;
    }

    /** Jobs of the connection created since its newest recorded run started that no run records yet. */
    private int discover(Connection connection) {
        Instant now = clock.instant();
        Instant since = runs.recent(connection.tenant(), connection.id(), 1).stream().findFirst()
                .map(SyncRun::startedAt).orElse(now.minus(FIRST_LOOK_BACK));
        List<AirbyteJob> jobs = airbyte.get().jobs(JobQuery.ofConnection(connection.airbyteConnectionId().get())
                .createdBetween(since, now.plusSeconds(1)));
        int found = 0;
        List<AirbyteJob> oldestFirst = new ArrayList<>(jobs);
        Collections.reverse(oldestFirst);
        for (AirbyteJob job : oldestFirst) {
            if (job.type() == JobType.SYNC && runs.byJob(connection.tenant(), job.jobId()).isEmpty()) {
                SyncRun run = SyncRecorder.fromJob(connection.tenant(), connection.id(), job, SyncTrigger.AIRBYTE, now);
                if (recorder.recordNew(run, () -> { }).id().equals(run.id())) {
                    found++;
                }
            }
        }
        return found;
    }

    /** Starts each active connection's sync when its schedule says it is due and no run of it is open. */
    private int startDue(TenantId tenant) {
        int started = 0;
        Instant now = clock.instant();
        for (Connection connection : provisioned(tenant)) {
            if (connection.status() != ConnectionStatus.ACTIVE || connection.schedule().isEmpty()) {
                continue;
            }
            List<SyncRun> latest = runs.recent(tenant, connection.id(), 1);
            if (!latest.isEmpty() && !latest.get(0).status().finished()) {
                continue;
            }
            Option<Instant> last = latest.isEmpty() ? Option.none() : Option.of(latest.get(0).startedAt());
            if (connection.schedule().get().dueAt(now, last)) {
                try {
                    AirbyteJob job = airbyte.get().startSync(connection.airbyteConnectionId().get());
                    recorder.recordNew(SyncRecorder.fromJob(tenant, connection.id(), job, SyncTrigger.SCHEDULE, now),
                            () -> { });
                    started++;
                } catch (AirbyteRejectedException refused) {
                    log.warn("Airbyte refused the scheduled sync of connection {}: {}", connection.id(), refused.getMessage());
                }
            }
        }
        return started;
    }

    private List<Connection> provisioned(TenantId tenant) {
        List<Connection> found = new ArrayList<>();
        Option<ConnectionStore.Position> after = Option.none();
        List<Connection> page;
        do {
            page = connections.page(tenant, after, PAGE);
            page.stream().filter(connection -> connection.airbyteConnectionId().isDefined()).forEach(found::add);
            after = page.isEmpty() ? after
                    : Option.of(new ConnectionStore.Position(page.get(page.size() - 1).createdAt(),
                    page.get(page.size() - 1).id()));
        } while (page.size() == PAGE);
        return found;
    }
}
