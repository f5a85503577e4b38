package net.adtelligent.bench;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import net.adtelligent.ports.in.system.SyncSignals;

/**
 * The benchmark's stand-in for sync orchestration: counts how often each job is signalled, so a
 * run can tell whether every delivered job was passed on exactly once. One Airbyte connection is
 * a tenant's; the rest are unknown.
 */
public final class SignalCount implements SyncSignals {

    private final String known;
    private final Map<Long, AtomicInteger> byJob = new ConcurrentHashMap<>();
    private final LongAdder signalled = new LongAdder();

    public SignalCount(String knownAirbyteConnection) {
        this.known = knownAirbyteConnection;
    }

    @Override
    public Outcome jobReported(String airbyteConnectionId, long airbyteJobId) {
        byJob.computeIfAbsent(airbyteJobId, job -> new AtomicInteger()).incrementAndGet();
        signalled.increment();
        return known.equals(airbyteConnectionId) ? Outcome.ACCEPTED : Outcome.UNKNOWN_CONNECTION;
    }

    public long signalled() {
        return signalled.sum();
    }

    /** The count once it has not grown for half a second: the deliveries taken are all signalled. */
    public long settled() {
        long last = -1;
        long now = signalled();
        while (now != last) {
            last = now;
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return now;
            }
            now = signalled();
        }
        return now;
    }

    /** No job signalled more than once: the record of deliveries let no repeat through. */
    public boolean eachJobOnce() {
        return byJob.values().stream().allMatch(count -> count.get() == 1);
    }
}
