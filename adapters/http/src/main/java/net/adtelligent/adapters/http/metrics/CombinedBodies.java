package net.adtelligent.adapters.http.metrics;

import java.util.Comparator;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import net.adtelligent.adapters.http.web.Json;
import net.adtelligent.adapters.http.web.Representation;
import net.adtelligent.domain.tenant.TenantId;
import net.adtelligent.ports.in.CombinedMetrics.Result;

/**
 * Combined-metrics bodies already written, with their ETags: dashboards ask the same question
 * over and over between two snapshots, and building 150 KB of JSON and hashing it costs more than
 * the rest of the request. The key is the tenant and the whole {@link Result}: the body is a
 * function of the result alone, so an equal result (same snapshot rows, query, staleness, sources,
 * currency) gets the same bytes, and anything that would change one byte changes the key. Results
 * computed on the fly are not kept: they are rarely asked twice. Bounded by entries and by bytes
 * (of the plain bodies; a gzip form kept with one adds about a tenth); the least recently used go first.
 */
final class CombinedBodies {

    /**
     * The tenant and the result, hashed without walking the rows: a snapshot's rows (and web,
     * search and blended parts) for one question come as the same instances every time
     * ({@code SnapshotViews}), so their identity stands for their content in the hash, and equality still compares everything (an identical list
     * compares at once). An equal list in another instance only misses the cache.
     */
    private static final class Key {
        final TenantId tenant;
        final Result result;
        final int hash;

        Key(TenantId tenant, Result result) {
            this.tenant = tenant;
            this.result = result;
            this.hash = Objects.hash(tenant, System.identityHashCode(result.rows()),
                    System.identityHashCode(result.channels()), result.start(), result.end(), result.granularity(),
                    result.groupBy(), result.currency(), result.timeZone(), result.snapshotGeneratedAt(),
                    result.staleness(), result.sources(), result.totals(), result.unconverted(), result.datasets(),
                    result.webGrouping(), result.freshness());
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && hash == key.hash && tenant.equals(key.tenant)
                    && result.rows() == key.result.rows() && result.channels() == key.result.channels()
                    && result.equals(key.result);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    private static final class Entry {
        final Representation body;
        volatile long used;

        Entry(Representation body, long used) {
            this.body = body;
            this.used = used;
        }
    }

    private final Map<Key, Entry> entries = new ConcurrentHashMap<>();
    private final AtomicLong clock = new AtomicLong();
    private final int maxEntries;
    private final long maxBytes;
    private long bytes;

    CombinedBodies(int maxEntries, long maxBytes) {
        if (maxEntries < 1 || maxBytes < 1) {
            throw new IllegalArgumentException("bounds must be positive: " + maxEntries + " entries, " + maxBytes + " bytes");
        }
        this.maxEntries = maxEntries;
        this.maxBytes = maxBytes;
    }

    Representation of(TenantId tenant, Result result) {
        if (!result.fromSnapshot()) {
            return render(result);
        }
        Key key = new Key(Objects.requireNonNull(tenant, "tenant"), result);
        Entry found = entries.get(key);
        if (found != null) {
            found.used = clock.incrementAndGet();
            return found.body;
        }
        Representation body = render(result);
        keep(key, body);
        return body;
    }

    int size() {
        return entries.size();
    }

    private synchronized void keep(Key key, Representation body) {
        if (entries.putIfAbsent(key, new Entry(body, clock.incrementAndGet())) != null) {
            return;
        }
        bytes += body.bytes().length;
        while (entries.size() > maxEntries || (bytes > maxBytes && entries.size() > 1)) {
            entries.entrySet().stream().filter(e -> e.getKey() != key)
                    .min(Comparator.comparingLong(e -> e.getValue().used))
                    .ifPresent(eldest -> {
                        entries.remove(eldest.getKey());
                        bytes -= eldest.getValue().body.bytes().length;
                    });
        }
    }

    private static Representation render(Result result) {
        return Representation.of(Json.bytes(CombinedMetricsJson.of(result)));
    }
}
