package net.adtelligent.adapters.http.webhooks;

import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;

/** Deliveries are recorded and signalled just after their 202: tests wait, briefly, for that to happen. */
final class Settled {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    private Settled() {
    }

    static void await(String what, BooleanSupplier done) {
        Instant until = Instant.now().plus(PATIENCE);
        while (!done.getAsBoolean()) {
            if (Instant.now().isAfter(until)) {
                throw new AssertionError("not within " + PATIENCE + ": " + what);
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for " + what, e);
            }
        }
    }
}
