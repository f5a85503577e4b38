package net.adtelligent.memory;

import io.vavr.control.Option;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import net.adtelligent.domain.connection.ConnectionId;
import net.adtelligent.domain.sync.SyncRun;
import net.adtelligent.domain.sync.SyncRunId;
import net.adtelligent.domain.sync.SyncStatus;
import net.adtelligent.domain.sync.SyncTrigger;
import net.adtelligent.domain.tenant.TenantId;
import net.adtelligent.ports.out.SyncRunStore;

/** Sync runs in memory, lost when the JVM stops. Thread-safe. */
public final class InMemorySyncRunStore implements SyncRunStore {

    private static final Comparator<SyncRun> OLDEST_FIRST = Comparator.comparing(SyncRun::startedAt)
            .thenComparing(run -> run.id().value().toString());

    private record Key(TenantId tenant, SyncRunId id) {
    }

    private final Map<Key, SyncRun> runs = new ConcurrentHashMap<>();

    @Override
    public synchronized void add(SyncRun run) {
        boolean taken = runs.values().stream().anyMatch(known -> known.id().equals(run.id())
                || known.tenant().equals(run.tenant()) && run.airbyteJobId().isDefined()
                && known.airbyteJobId().equals(run.airbyteJobId()));
        if (taken) {
            throw new IllegalStateException("sync run " + run.id() + " or its job is recorded already");
        }
        Key key = new Key(run.tenant(), run.id());
        Undo.remember(runs, key);
        runs.put(key, run);
    }

    @Override
    public synchronized boolean addIfNew(SyncRun run) {
        if (run.airbyteJobId().isDefined() && byJob(run.tenant(), run.airbyteJobId().get()).isDefined()) {
            return false;
        }
        add(run);
        return true;
    }

    @Override
    public synchronized boolean update(SyncRun run) {
        Key key = new Key(run.tenant(), run.id());
        SyncRun stored = runs.get(key);
        if (stored == null) {
            throw new IllegalStateException("no sync run " + run.id() + " to update");
        }
        if (stored.status().finished()) {
            return false;
        }
        Undo.remember(runs, key);
        runs.put(key, run);
        return true;
    }

    @Override
    public synchronized void replace(SyncRun run) {
        Key key = new Key(run.tenant(), run.id());
        if (!runs.containsKey(key)) {
            throw new IllegalStateException("no sync run " + run.id() + " to replace");
        }
        Undo.remember(runs, key);
        runs.put(key, run);
    }

    @Override
    public Option<SyncRun> byId(TenantId tenant, SyncRunId id) {
        return Option.of(runs.get(new Key(Objects.requireNonNull(tenant, "tenant"), id)));
    }

    @Override
    public Option<SyncRun> byJob(TenantId tenant, long airbyteJobId) {
        return Option.ofOptional(runs.values().stream()
                .filter(run -> run.tenant().equals(tenant) && run.airbyteJobId().contains(airbyteJobId))
                .findFirst());
    }

    @Override
    public List<SyncRun> recent(TenantId tenant, ConnectionId connection, int limit) {
        return runs.values().stream()
                .filter(run -> run.tenant().equals(tenant) && run.connection().equals(connection))
                .sorted(OLDEST_FIRST.reversed())
                .limit(limit)
                .toList();
    }

    @Override
    public List<SyncRun> running(TenantId tenant) {
        return runs.values().stream()
                .filter(run -> run.tenant().equals(tenant) && !run.status().finished())
                .sorted(OLDEST_FIRST)
                .toList();
    }

    @Override
    public List<SyncRun> page(TenantId tenant, Filter filter, Option<Position> after, int limit) {
        return runs.values().stream()
                .filter(run -> run.tenant().equals(tenant) && filter.matches(run))
                .filter(run -> after.forAll(position -> OLDEST_FIRST.compare(run, probe(position)) < 0))
                .sorted(OLDEST_FIRST.reversed())
                .limit(limit)
                .toList();
    }

    @Override
    public List<SyncRun> startedSince(TenantId tenant, Instant from) {
        return runs.values().stream()
                .filter(run -> run.tenant().equals(tenant) && !run.startedAt().isBefore(from))
                .sorted(OLDEST_FIRST)
                .toList();
    }

    @Override
    public Map<ConnectionId, Instant> lastSuccesses(TenantId tenant) {
        return runs.values().stream()
                .filter(run -> run.tenant().equals(tenant) && run.status() == SyncStatus.SUCCEEDED)
                .collect(Collectors.toMap(SyncRun::connection, run -> run.finishedAt().get(),
                        (a, b) -> a.isAfter(b) ? a : b));
    }

    /** A run with only the position's sort key, to compare others against. */
    private static SyncRun probe(Position position) {
        return new SyncRun(position.id(), new TenantId(new UUID(0, 0)), new ConnectionId(new UUID(0, 0)),
                Option.none(), SyncTrigger.MANUAL, SyncStatus.RUNNING, position.startedAt(), Option.none(), 0, 0,
                Option.none());
    }
}
