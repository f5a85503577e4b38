package net.adtelligent.adapters.http.identity;

import io.vavr.control.Option;
import java.time.Clock;
import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;

/**
 * At most {@code limit} events per key within any window of {@code window}: a log of the times of
 * the last events of each key, so the answer is exact and tells how long until the next one fits.
 * Memory is bounded: a key holds at most {@code limit} times (only as many as it used) in a
 * primitive ring; keys whose events all left the window are dropped, and past {@code maxKeys} the
 * least recently seen key goes.
 */
final class SlidingWindow {

    /** The times of a key's events within the window, oldest first, in a ring that grows up to {@code limit}. */
    private static final class Times {
        long[] ring;
        int first;
        int count;

        Times(int limit) {
            ring = new long[Math.min(limit, 8)];
        }

        long oldest() {
            return ring[first];
        }

        long newest() {
            return ring[(first + count - 1) % ring.length];
        }

        void dropUntil(long start) {
            while (count > 0 && oldest() <= start) {
                first = (first + 1) % ring.length;
                count--;
            }
        }

        void add(long time, int limit) {
            if (count == ring.length) {
                long[] larger = new long[Math.min(limit, ring.length * 2)];
                for (int i = 0; i < count; i++) {
                    larger[i] = ring[(first + i) % ring.length];
                }
                ring = larger;
                first = 0;
            }
            ring[(first + count) % ring.length] = time;
            count++;
        }
    }

    private final int limit;
    private final long windowMillis;
    private final int maxKeys;
    private final Clock clock;
    // Access order: iteration starts at the least recently used key.
    private final LinkedHashMap<String, Times> keys = new LinkedHashMap<>(256, 0.75f, true);

    SlidingWindow(int limit, Duration window, int maxKeys, Clock clock) {
        this.limit = limit;
        this.windowMillis = window.toMillis();
        this.maxKeys = maxKeys;
        this.clock = clock;
    }

    /** Counts an event for the key; when the key is over its limit, how long until it may try again. */
    synchronized Option<Duration> acquire(String key) {
        long now = clock.millis();
        long start = now - windowMillis;
        Times times = keys.computeIfAbsent(key, k -> new Times(limit));
        times.dropUntil(start);
        if (times.count >= limit) {
            return Option.of(Duration.ofMillis(times.oldest() - start));
        }
        times.add(now, limit);
        if (keys.size() > maxKeys) {
            evict(start);
        }
        return Option.none();
    }

    synchronized int keys() {
        return keys.size();
    }

    /** Down to 90 % of the bound, so a full table is swept once per many new keys, not on each. */
    private void evict(long start) {
        keys.values().removeIf(times -> times.count == 0 || times.newest() <= start);
        int target = maxKeys - maxKeys / 10;
        Iterator<String> oldest = keys.keySet().iterator();
        while (keys.size() > target && oldest.hasNext()) {
            oldest.next();
            oldest.remove();
        }
    }
}
