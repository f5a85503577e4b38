package net.adtelligent.domain.metrics;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Whether a snapshot is too old to trust, and why: the snapshot itself, or a source whose newest
 * data was extracted too long ago (or never). Judged when read, as age grows by itself.
 */
public record Staleness(boolean stale, List<String> reasons) {

    /** Defaults: a daily schedule with slack; a source synced at least every two days. */
    public record Thresholds(Duration snapshotMaxAge, Duration sourceMaxAge) {
        public static final Thresholds DEFAULT = new Thresholds(Duration.ofHours(26), Duration.ofHours(48));

        public Thresholds {
            Objects.requireNonNull(snapshotMaxAge, "snapshotMaxAge");
            Objects.requireNonNull(sourceMaxAge, "sourceMaxAge");
        }
    }

    public Staleness {
        reasons = List.copyOf(reasons);
    }

    public static Staleness of(Instant generatedAt, List<SourceFreshness> sources, Instant now, Thresholds limits) {
        List<String> reasons = new ArrayList<>();
        Duration age = Duration.between(generatedAt, now);
        if (age.compareTo(limits.snapshotMaxAge()) > 0) {
            reasons.add("the snapshot is " + hours(age) + " old (threshold " + hours(limits.snapshotMaxAge()) + ")");
        }
        for (SourceFreshness source : sources) {
            if (source.newestExtraction().isEmpty()) {
                reasons.add(source.platform() + " connection " + source.connection() + " has no data yet");
            } else {
                Duration sourceAge = Duration.between(source.newestExtraction().get(), now);
                if (sourceAge.compareTo(limits.sourceMaxAge()) > 0) {
                    reasons.add(source.platform() + " connection " + source.connection() + " was last extracted "
                            + hours(sourceAge) + " ago (threshold " + hours(limits.sourceMaxAge()) + ")");
                }
            }
        }
        return new Staleness(!reasons.isEmpty(), reasons);
    }

    private static String hours(Duration duration) {
        return duration.toHours() + " h";
    }
}
