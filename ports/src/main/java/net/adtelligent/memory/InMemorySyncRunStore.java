package net.adtelligent.memory;

import io.vavr.control.Option;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import net.adtelligent.domain.connection.ConnectionId;
import net.adtelligent.domain.sync.SyncRun;
import net.adtelligent.domain.sync.SyncRunId;
import net.adtelligent.domain.tenant.TenantId;
import net.adtelligent.ports.out.SyncRunStore;

/** Sync runs in memory, lost when the JVM stops. Thread-safe. */
public final class InMemorySyncRunStore implements SyncRunStore {

    private static final Comparator<SyncRun> OLDEST_FIRST = Comparator.comparing(SyncRun::startedAt)
            .thenComparing(run -> run.id().value());

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
}
