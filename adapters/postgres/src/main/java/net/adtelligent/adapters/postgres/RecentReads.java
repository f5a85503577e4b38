package net.adtelligent.adapters.postgres;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Function;

/**
 * The answers of one lookup that every signed-in tenant request makes (the tenant by its slug, the
 * caller's membership, the caller's account, the tenant's newest snapshot id), kept for at most
 * {@code ttl}. The database builds one per lookup and hands it to every store it builds, so a write
 * through any of them forgets the answers it changes at once; a write by another service instance
 * on the same database is seen within {@code ttl}. A zero {@code ttl} keeps nothing.
 *
 * <p>Past half its time an answer still in use is read again in the background while the kept one
 * is served, so under steady load no request waits for the database (an answer is never older than
 * {@code ttl}). A lookup or a reread running while a write forgets its key cannot put back what it
 * read before the write: Caffeine discards it.
 *
 * <p>Inside a unit of work nothing is kept or served from what is kept: the unit may read its own
 * writes, which a rollback takes back, and its checks (the owners under their lock) need what is
 * committed now. A write inside a unit forgets its key at once and again when the unit ends, so an
 * answer read by another caller meanwhile, from before the commit, is not kept either.
 */
final class RecentReads<K, V> {

    /** Generous for the accounts and tenants active within a second or two, small next to the heap. */
    private static final long KEPT = 10_000;

    private final Function<K, V> read;
    private final UnitScope scope;
    private final LoadingCache<K, V> kept;

    private RecentReads(Duration ttl, Ticker ticker, Executor rereads, UnitScope scope, Function<K, V> read) {
        Objects.requireNonNull(ttl, "ttl");
        if (ttl.isNegative()) {
            throw new IllegalArgumentException("the read cache's time to live must not be negative: " + ttl);
        }
        this.read = Objects.requireNonNull(read, "read");
        this.scope = Objects.requireNonNull(scope, "scope");
        this.kept = ttl.isZero() ? null : Caffeine.newBuilder()
                .expireAfterWrite(ttl)
                .refreshAfterWrite(ttl.dividedBy(2).isZero() ? ttl : ttl.dividedBy(2))
                .maximumSize(KEPT)
                .ticker(ticker)
                .executor(rereads)
                .build(read::apply);
    }

    /** Time told by {@code ticker} (nanoseconds): the system's, or a test's. Rereads run in the common pool. */
    static <K, V> RecentReads<K, V> keptFor(Duration ttl, Ticker ticker, UnitScope scope, Function<K, V> read) {
        return new RecentReads<>(ttl, ticker, ForkJoinPool.commonPool(), scope, read);
    }

    /** For tests: background rereads run by {@code rereads} (the calling thread, say); never in a unit. */
    static <K, V> RecentReads<K, V> keptFor(Duration ttl, Ticker ticker, Executor rereads, Function<K, V> read) {
        return keptFor(ttl, ticker, rereads, UnitScope.NONE, read);
    }

    /** For tests: background rereads run by {@code rereads}, units of work told by {@code scope}. */
    static <K, V> RecentReads<K, V> keptFor(Duration ttl, Ticker ticker, Executor rereads, UnitScope scope,
                                            Function<K, V> read) {
        return new RecentReads<>(ttl, ticker, rereads, scope, read);
    }

    V get(K key) {
        return kept == null || scope.inUnit() ? read.apply(key) : kept.get(key);
    }

    void forget(K key) {
        if (kept != null) {
            kept.invalidate(key);
            if (scope.inUnit()) {
                scope.afterUnit(() -> kept.invalidate(key));
            }
        }
    }

    void forgetAll() {
        if (kept != null) {
            kept.invalidateAll();
        }
    }
}
