package net.adtelligent.faults;

import java.time.Duration;
import java.util.Optional;

/**
 * An instance started while PostgreSQL is away, as when a host reboots and the service comes up
 * before the database: it must wait for the database rather than exit, and serve once it is back.
 */
final class DatabaseAwayAtStart {

    /** Longer than the JVM's own start here, so the service meets the absent database for seconds. */
    static final Duration AWAY = Duration.ofSeconds(12);

    record Outcome(boolean aliveWhileAway, Optional<Duration> healthyAfterBack, String failure) {
    }

    static Outcome run(Harness harness) throws InterruptedException {
        try (ServiceProcess late = harness.another("c")) {
            harness.database.stop();
            late.launch();
            Thread.sleep(AWAY.toMillis());
            boolean alive = late.alive();
            harness.database.start();
            long back = System.nanoTime();
            try {
                late.awaitHealthy();
                return new Outcome(alive, Optional.of(Duration.ofNanos(System.nanoTime() - back)), "");
            } catch (IllegalStateException failed) {
                return new Outcome(alive, Optional.empty(), summary(failed.getMessage()));
            }
        }
    }

    /** The failure's first line and the service's own last words (its one-line error), without the JSON log. */
    private static String summary(String message) {
        String first = message.lines().findFirst().orElse(message);
        String last = message.lines().skip(1).filter(line -> !line.isBlank() && !line.startsWith("{"))
                .reduce((earlier, later) -> later).orElse("");
        return (first + " " + last).strip();
    }
}
