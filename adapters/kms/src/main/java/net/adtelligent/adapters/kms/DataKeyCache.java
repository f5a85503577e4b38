package net.adtelligent.adapters.kms;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import io.vavr.control.Either;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import net.adtelligent.domain.secret.OpenFailure;

/**
 * Unwrapped data keys, by the exact wrapped bytes, master key id and context they were unwrapped
 * with: a wrapped key that differs in one bit, or asked for under another tenant or purpose, is
 * never a hit and goes to the key service, which refuses it. Failures are not kept. Bounded by
 * {@link CacheLimits}. Callers get a copy to clear; the cached copy is left to the garbage collector
 * when it leaves (clearing it there would race with a reader copying it).
 */
final class DataKeyCache {

    private record Entry(byte[] key, AtomicLong uses) {
    }

    private record Slot(String masterKeyId, ByteBuffer wrapped, Map<String, String> context) {
    }

    private final KeyService keyService;
    private final long maxUses;
    private final Cache<Slot, Entry> keys;

    DataKeyCache(KeyService keyService, CacheLimits limits, Ticker ticker) {
        this.keyService = keyService;
        this.maxUses = limits.maxUses();
        this.keys = Caffeine.newBuilder()
                .maximumSize(limits.maxKeys())
                .expireAfterWrite(limits.maxAge())
                .ticker(ticker)
                .executor(Runnable::run) // maintenance on the calling thread: no pool of our own
                .build();
    }

    /** Keeps a key just made (a tenant's first), so the seal that made it needs no second call. */
    void put(byte[] wrapped, String masterKeyId, Map<String, String> context, byte[] dataKey) {
        keys.put(new Slot(masterKeyId, ByteBuffer.wrap(wrapped.clone()), Map.copyOf(context)),
                new Entry(dataKey.clone(), new AtomicLong()));
    }

    /** The plain key, a copy for the caller to clear; from the cache or from the key service. */
    Either<OpenFailure, byte[]> unwrap(byte[] wrapped, String masterKeyId, Map<String, String> context) {
        Slot slot = new Slot(masterKeyId, ByteBuffer.wrap(wrapped.clone()), Map.copyOf(context));
        while (true) {
            AtomicReference<OpenFailure> failure = new AtomicReference<>();
            Entry entry = keys.get(slot, missing -> keyService.decrypt(wrapped, masterKeyId, context)
                    .peekLeft(failure::set)
                    .map(key -> new Entry(key, new AtomicLong()))
                    .getOrNull());
            if (entry == null) {
                return Either.left(failure.get());
            }
            if (entry.uses().incrementAndGet() <= maxUses) {
                return Either.right(entry.key().clone());
            }
            keys.asMap().remove(slot, entry); // used up: the next round unwraps it afresh
        }
    }
}
