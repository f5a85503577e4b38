package net.adtelligent.testing;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import net.adtelligent.ports.in.system.SyncSignals;

/**
 * Keeps every job reported, for tests to read: the Airbyte connections it is given are those of a
 * tenant's connection, every other one is unknown. Thread-safe (requests are served on other threads).
 */
public final class RecordingSyncSignals implements SyncSignals {

    public record Reported(String airbyteConnectionId, long airbyteJobId) {
    }

    private final Set<String> known;
    private final ConcurrentLinkedQueue<Reported> reported = new ConcurrentLinkedQueue<>();

    public RecordingSyncSignals(String... knownAirbyteConnections) {
        this.known = Set.of(knownAirbyteConnections);
    }

    @Override
    public Outcome jobReported(String airbyteConnectionId, long airbyteJobId) {
        reported.add(new Reported(airbyteConnectionId, airbyteJobId));
        return known.contains(airbyteConnectionId) ? Outcome.ACCEPTED : Outcome.UNKNOWN_CONNECTION;
    }

    public List<Reported> reported() {
        return List.copyOf(reported);
    }
}
