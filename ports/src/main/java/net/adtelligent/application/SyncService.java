package net.adtelligent.application;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import net.adtelligent.domain.FieldViolation;
import net.adtelligent.domain.Rejection;
import net.adtelligent.domain.audit.AuditAction;
import net.adtelligent.domain.connection.Connection;
import net.adtelligent.domain.connection.ConnectionId;
import net.adtelligent.domain.connection.ConnectionRejection;
import net.adtelligent.domain.connection.ConnectionStatus;
import net.adtelligent.domain.identity.Permission;
import net.adtelligent.domain.sync.SyncRejection;
import net.adtelligent.domain.sync.SyncRun;
import net.adtelligent.domain.sync.SyncStats;
import net.adtelligent.domain.sync.SyncStatus;
import net.adtelligent.domain.sync.SyncTrigger;
import net.adtelligent.domain.tenant.Slug;
import net.adtelligent.domain.tenant.TenantId;
import net.adtelligent.ports.in.AccessControl;
import net.adtelligent.ports.in.Actor;
import net.adtelligent.ports.in.Page;
import net.adtelligent.ports.in.Syncs;
import net.adtelligent.ports.out.AirbyteOrchestration;
import net.adtelligent.ports.out.AirbyteOrchestration.AirbyteJob;
import net.adtelligent.ports.out.AirbyteRejectedException;
import net.adtelligent.ports.out.ConnectionStore;
import net.adtelligent.ports.out.SyncRunStore;
import net.adtelligent.ports.out.SyncRunStore.Filter;

/**
 * Syncs a person starts, and the telemetry of every run. The sync is asked of Airbyte before the
 * unit of work opens (a slow Airbyte holds no transaction); the run and its audit event are then
 * stored in one unit.
 */
final class SyncService implements Syncs {

    private final ConnectionStore connections;
    private final SyncRunStore runs;
    private final Option<AirbyteOrchestration> airbyte;
    private final SyncRecorder recorder;
    private final AccessControl access;
    private final AuditTrail trail;
    private final Clock clock;

    SyncService(ConnectionStore connections, SyncRunStore runs, Option<AirbyteOrchestration> airbyte,
                SyncRecorder recorder, AccessControl access, AuditTrail trail, Clock clock) {
        this.connections = connections;
        this.runs = runs;
        this.airbyte = airbyte;
        this.recorder = recorder;
        this.access = access;
        this.trail = trail;
        this.clock = clock;
    }

    @Override
    public Either<Rejection, SyncRun> start(Actor actor, Slug tenantSlug, ConnectionId id) {
        return access.access(actor, tenantSlug, Permission.MANAGE_CONNECTIONS).flatMap(granted -> connections
                .byId(granted.tenant().id(), id)
                .<Rejection>toEither(() -> new ConnectionRejection.NotFound(id.toString()))
                .flatMap(this::syncable)
                .flatMap(connection -> start(actor, connection)));
    }

    private Either<Rejection, Connection> syncable(Connection connection) {
        String id = connection.id().toString();
        if (connection.status() == ConnectionStatus.PAUSED || connection.isDeleted()) {
            return Either.left(new SyncRejection.NotSyncable(id, connection.status().wireName()));
        }
        if (airbyte.isEmpty()) {
            return Either.left(new SyncRejection.AirbyteNotConfigured(id));
        }
        if (connection.airbyteConnectionId().isEmpty()) {
            return Either.left(new SyncRejection.NotProvisioned(id));
        }
        List<SyncRun> latest = runs.recent(connection.tenant(), connection.id(), 1);
        if (!latest.isEmpty() && !latest.get(0).status().finished()) {
            return Either.left(new SyncRejection.AlreadyRunning(id, latest.get(0).id().toString()));
        }
        return Either.right(connection);
    }

    private Either<Rejection, SyncRun> start(Actor actor, Connection connection) {
        AirbyteJob job;
        try {
            job = airbyte.get().startSync(connection.airbyteConnectionId().get());
        } catch (AirbyteRejectedException refused) {
            return Either.left(new SyncRejection.RefusedByAirbyte(connection.id().toString(), refused.getMessage()));
        }
        SyncRun run = SyncRecorder.fromJob(connection.tenant(), connection.id(), job, SyncTrigger.MANUAL, clock.instant());
        return Either.right(recorder.recordNew(run, () -> trail.tenant(actor, connection.tenant(),
                AuditAction.CONNECTION_SYNC_STARTED, "connection", connection.id().toString(),
                Map.of("airbyte_job_id", Long.toString(job.jobId())))));
    }

    @Override
    public Either<Rejection, Telemetry> telemetry(Actor actor, Slug tenantSlug, RunQuery query) {
        return access.access(actor, tenantSlug, Permission.VIEW_METRICS).flatMap(granted -> {
            List<FieldViolation> problems = new ArrayList<>();
            Filter filter = filter(query, problems);
            Either<List<FieldViolation>, Option<SyncRunStore.Position>> after = SyncCursor.after(query.page());
            after.swap().forEach(problems::addAll);
            if (!problems.isEmpty()) {
                return Either.left(new SyncRejection.Invalid(problems));
            }
            TenantId tenant = granted.tenant().id();
            int limit = query.page().limit();
            List<SyncRun> found = runs.page(tenant, filter, after.get(), limit + 1);
            List<SyncRun> page = found.subList(0, Math.min(limit, found.size()));
            Option<String> next = found.size() > limit ? Option.of(SyncCursor.of(page.get(page.size() - 1))) : Option.none();
            return Either.right(new Telemetry(new Page<>(page, next), stats(tenant, filter.connection())));
        });
    }

    private List<SyncStats> stats(TenantId tenant, Option<ConnectionId> only) {
        Instant now = clock.instant();
        List<SyncRun> month = runs.startedSince(tenant, now.minus(SyncStats.MONTH));
        Map<ConnectionId, Instant> successes = runs.lastSuccesses(tenant);
        Set<String> ids = new TreeSet<>();
        month.forEach(run -> ids.add(run.connection().toString()));
        successes.keySet().forEach(id -> ids.add(id.toString()));
        return ids.stream().map(id -> new ConnectionId(UUID.fromString(id)))
                .filter(id -> only.forAll(id::equals))
                .map(id -> SyncStats.of(id, month, Option.of(successes.get(id)), now))
                .toList();
    }

    private static Filter filter(RunQuery query, List<FieldViolation> problems) {
        Option<ConnectionId> connection = query.connection().flatMap(text -> {
            try {
                return Option.of(new ConnectionId(UUID.fromString(text)));
            } catch (IllegalArgumentException notUuid) {
                problems.add(new FieldViolation("connection", "must be a connection id (a UUID)"));
                return Option.none();
            }
        });
        Option<SyncStatus> status = query.status().flatMap(text -> {
            Option<SyncStatus> known = SyncStatus.fromWire(text);
            if (known.isEmpty()) {
                problems.add(new FieldViolation("status", "must be one of running, succeeded, failed, cancelled"));
            }
            return known;
        });
        return new Filter(connection, status, instant("from", query.from(), problems), instant("to", query.to(), problems));
    }

    private static Option<Instant> instant(String field, Option<String> text, List<FieldViolation> problems) {
        return text.flatMap(value -> {
            try {
                return Option.of(PlausibleDates.plausible(Instant.parse(value)));
            } catch (DateTimeParseException notInstant) {
                problems.add(new FieldViolation(field, "must be an ISO-8601 instant such as 2026-12-01T00:00:00Z"));
                return Option.none();
            } catch (IllegalArgumentException outside) {
                problems.add(new FieldViolation(field, outside.getMessage()));
                return Option.none();
            }
        });
    }
}
