package net.adtelligent.ports.out;

import java.time.Instant;

/**
 * Which job outcomes Airbyte's webhook has delivered, so a delivery repeated (Airbyte retries, a
 * replay) is passed on once. Keyed by the Airbyte job and its outcome alone: no tenant data, so
 * every instance of the service shares one record and two deliveries at once record one.
 */
public interface WebhookDeliveries {

    enum JobOutcome { SUCCEEDED, FAILED }

    /** Records the outcome of the job; false when it was recorded before (nothing changes then). */
    boolean recordFirst(long airbyteJobId, JobOutcome outcome, Instant receivedAt);
}
