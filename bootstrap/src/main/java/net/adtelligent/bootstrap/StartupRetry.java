package net.adtelligent.bootstrap;

import java.time.Duration;
import java.util.Locale;
import java.util.function.Supplier;
import net.adtelligent.adapters.postgres.PostgresUnavailableException;
import net.adtelligent.ports.out.OutsidePartUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tries to reach the database until it answers or the startup wait is over, waiting twice as long
 * after each failed try (0.5 s, 1 s, 2 s … at most 10 s), so a service started before its database
 * (a fresh cluster, a database restarting) comes up without a supervisor's restart loop. Only
 * "cannot reach" is tried again; a refused login or a bad schema fails at once.
 */
final class StartupRetry {

    static final Duration FIRST_DELAY = Duration.ofMillis(500);
    static final Duration MAX_DELAY = Duration.ofSeconds(10);

    private static final Logger log = LoggerFactory.getLogger(StartupRetry.class);

    private StartupRetry() {
    }

    /**
     * @throws GaveUp when the database still cannot be reached once {@code wait} is over
     * @throws PostgresUnavailableException as it came, when {@code wait} is zero (one try)
     */
    static <T> T untilReachable(Duration wait, Supplier<T> attempt) {
        long deadline = System.nanoTime() + wait.toNanos();
        Duration delay = FIRST_DELAY;
        for (int tries = 1; ; tries++) {
            try {
                return attempt.get();
            } catch (PostgresUnavailableException unreachable) {
                Duration left = Duration.ofNanos(deadline - System.nanoTime());
                if (wait.isZero()) {
                    throw unreachable;
                }
                if (left.isNegative() || left.isZero()) {
                    throw new GaveUp(unreachable, tries, wait);
                }
                Duration pause = delay.compareTo(left) < 0 ? delay : left;
                log.warn("database not reachable ({}), retrying in {} (attempt {}, ADT_DATABASE_STARTUP_WAIT ends in {})",
                        unreachable.getMessage(), seconds(pause), tries, seconds(left));
                sleep(pause);
                delay = delay.multipliedBy(2).compareTo(MAX_DELAY) < 0 ? delay.multipliedBy(2) : MAX_DELAY;
            }
        }
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the database", interrupted);
        }
    }

    private static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
    }

    /** The database stayed unreachable for the whole startup wait: exit 3, for a supervisor to start again later. */
    static final class GaveUp extends OutsidePartUnavailableException {

        private static final long serialVersionUID = 1L;

        GaveUp(PostgresUnavailableException last, int tries, Duration wait) {
            super(last.component(), last.getMessage() + "; tried " + tries + (tries == 1 ? " time" : " times") + " in " + wait
                    + " (ADT_DATABASE_STARTUP_WAIT), check ADT_DATABASE_URL", last);
        }
    }
}
