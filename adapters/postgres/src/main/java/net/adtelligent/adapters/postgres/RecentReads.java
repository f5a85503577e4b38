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
 */
final class RecentReads<K, V> {

    /** Generous for the accounts and tenants active within a second or two, small next to the heap. */
    private static final long KEPT = 10_000;

    private final Function<K, V> read;
    private final LoadingCache<K, V> kept;

    private RecentReads(Duration ttl, Ticker ticker, Executor rereads, Function<K, V> read) {
        Objects.requireNonNull(ttl, "ttl");
        if (ttl.isNegative()) {
            throw new IllegalArgumentException("the read cache's time to live must not be negative: " + ttl);
        }
        this.read = Objects.requireNonNull(read, "read");
        this.kept = ttl.isZero() ? null : Caffeine.newBuilder()
                .expireAfterWrite(ttl)
                .refreshAfterWrite(ttl.dividedBy(2).isZero() ? ttl : ttl.dividedBy(2))
                .maximumSize(KEPT)
                .ticker(ticker)
                .executor(rereads)
                .build(read::apply);
    }

    /** Time told by {@code ticker} (nanoseconds): the system's, or a test's. Rereads run in the common pool. */
    static <K, V> RecentReads<K, V> keptFor(Duration ttl, Ticker ticker, Function<K, V> read) {
        return new RecentReads<>(ttl, ticker, ForkJoinPool.commonPool(), read);
    }

    /** For tests: background rereads run by {@code rereads} (the calling thread, say). */
    static <K, V> RecentReads<K, V> keptFor(Duration ttl, Ticker ticker, Executor rereads, Function<K, V> read) {
        return new RecentReads<>(ttl, ticker, rereads, read);
    }

    V get(K key) {
        return kept == null ? read.apply(key) : kept.get(key);
    }

    void forget(K key) {
        if (kept != null) {
            kept.invalidate(key);
        }
    }

    void forgetAll() {
        if (kept != null) {
            kept.invalidateAll();
        }
    }
}
