package net.adtelligent.ports.out;

import java.time.Instant;
import java.util.Collection;
import java.util.Objects;
import java.util.Set;

/**
 * Which job outcomes Airbyte's webhook has delivered, so a delivery repeated (Airbyte retries, a
 * replay) is passed on once. Keyed by the Airbyte job and its outcome alone: no tenant data, so
 * every instance of the service shares one record and two deliveries at once record one.
 */
public interface WebhookDeliveries {

    enum JobOutcome { SUCCEEDED, FAILED }

    /** One job's outcome as a delivery claimed it. */
    record Delivered(long airbyteJobId, JobOutcome outcome) {
        public Delivered {
            Objects.requireNonNull(outcome, "outcome");
        }
    }

    /**
     * Records the deliveries at once (many deliveries cost one write); answers those recorded by
     * this call, leaving out each recorded before and any second copy in {@code deliveries}.
     */
    Set<Delivered> recordNew(Collection<Delivered> deliveries, Instant receivedAt);

    /**
     * Forgets at most {@code limit} deliveries first received before {@code before}, oldest first
     * as far as the store can tell; answers how many. Called again until it answers fewer than
     * {@code limit}, it forgets them all, each call a short write of its own.
     */
    int forgetReceivedBefore(Instant before, int limit);
}
