package net.adtelligent.memory;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import net.adtelligent.ports.out.WebhookDeliveries;

/** Webhook deliveries in memory, lost when the JVM stops: one process's record only. Thread-safe. */
public final class InMemoryWebhookDeliveries implements WebhookDeliveries {

    private final Map<Delivered, Instant> recorded = new ConcurrentHashMap<>();

    @Override
    public synchronized Set<Delivered> recordNew(Collection<Delivered> deliveries, Instant receivedAt) {
        Objects.requireNonNull(receivedAt, "receivedAt");
        Set<Delivered> recordedNow = new LinkedHashSet<>();
        for (Delivered delivered : deliveries) {
            if (!recorded.containsKey(delivered)) {
                Undo.remember(recorded, delivered);
                recorded.put(delivered, receivedAt);
                recordedNow.add(delivered);
            }
        }
        return Set.copyOf(recordedNow);
    }

    @Override
    public synchronized int forgetReceivedBefore(Instant before, int limit) {
        Objects.requireNonNull(before, "before");
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive, was " + limit);
        }
        List<Delivered> old = recorded.entrySet().stream()
                .filter(entry -> entry.getValue().isBefore(before))
                .sorted(Map.Entry.comparingByValue())
                .limit(limit)
                .map(Map.Entry::getKey)
                .toList();
        for (Delivered delivered : old) {
            Undo.remember(recorded, delivered);
            recorded.remove(delivered);
        }
        return old.size();
    }
}
