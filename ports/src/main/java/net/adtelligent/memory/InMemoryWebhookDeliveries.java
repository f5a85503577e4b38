package net.adtelligent.memory;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import net.adtelligent.ports.out.WebhookDeliveries;

/** Webhook deliveries in memory, lost when the JVM stops: one process's record only. Thread-safe. */
public final class InMemoryWebhookDeliveries implements WebhookDeliveries {

    private record Key(long job, JobOutcome outcome) {
    }

    private final Map<Key, Instant> recorded = new ConcurrentHashMap<>();

    @Override
    public synchronized boolean recordFirst(long airbyteJobId, JobOutcome outcome, Instant receivedAt) {
        Key key = new Key(airbyteJobId, Objects.requireNonNull(outcome, "outcome"));
        Objects.requireNonNull(receivedAt, "receivedAt");
        if (recorded.containsKey(key)) {
            return false;
        }
        Undo.remember(recorded, key);
        recorded.put(key, receivedAt);
        return true;
    }
}
