package net.adtelligent.ports.in;

import java.time.Duration;

public interface CheckHealth {

    /**
     * What a health endpoint may spend asking: the whole answer, HTTP included, must leave within
     * a second, which is what load balancers and orchestrators give a check by default.
     */
    Duration DEFAULT_DEADLINE = Duration.ofMillis(700);

    /** Asks every component once, within {@link #DEFAULT_DEADLINE}. */
    default HealthReport check() {
        return check(DEFAULT_DEADLINE);
    }

    /**
     * Asks every component at once and answers within {@code deadline}; never throws. A component
     * that fails, or has not answered by then, is reported as down ("no answer within …").
     */
    HealthReport check(Duration deadline);
}
