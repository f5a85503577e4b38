package net.adtelligent.domain.alert;

import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * What a raise does, given the newest episode of the same rule and subject: the hysteresis that
 * keeps a flapping subject from mailing on every swing.
 *
 * <ul>
 *   <li>an ongoing episode (open or acknowledged) stays the one episode: the raise only refreshes
 *       its message;</li>
 *   <li>an episode resolved less than {@code reopenWithin} ago opens again: the same episode, the
 *       same id, no new mail. A connection that fails three times, succeeds once and fails three
 *       times again is one episode with one mail;</li>
 *   <li>otherwise a new episode opens, and with it a new mail.</li>
 * </ul>
 */
public record AlertPolicy(Duration reopenWithin) {

    public static final AlertPolicy DEFAULT = new AlertPolicy(Duration.ofHours(24));

    public AlertPolicy {
        Objects.requireNonNull(reopenWithin, "reopenWithin");
        if (reopenWithin.isNegative()) {
            throw new IllegalArgumentException("reopenWithin is never negative");
        }
    }

    public Decision onRaise(Option<AlertEpisode> newest, String message, Instant at) {
        if (newest.isEmpty()) {
            return new Decision.OpenNew();
        }
        AlertEpisode episode = newest.get();
        if (episode.state().ongoing()) {
            return new Decision.Keep(episode.raisedAgain(message, at));
        }
        Instant resolvedAt = episode.resolvedAt().get();
        if (Duration.between(resolvedAt, at).compareTo(reopenWithin) < 0) {
            return new Decision.Reopen(episode.reopened(message, at));
        }
        return new Decision.OpenNew();
    }

    /** What the store does with a raise. */
    public sealed interface Decision {

        /** Store a new episode, open, its mail due. */
        record OpenNew() implements Decision {
        }

        /** Replace the ongoing episode with this one (a newer message). */
        record Keep(AlertEpisode episode) implements Decision {
        }

        /** Replace the recently resolved episode with this one, open again. */
        record Reopen(AlertEpisode episode) implements Decision {
        }
    }
}
