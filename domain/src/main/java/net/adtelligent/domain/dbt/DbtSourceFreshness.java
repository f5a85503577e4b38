package net.adtelligent.domain.dbt;

import io.vavr.control.Option;
import java.util.Locale;
import java.util.Objects;

/**
 * One source's freshness as sources.json records it: {@code status} is {@code pass}, {@code warn},
 * {@code error}, or {@code runtime error} (the query failed: {@code error} says why, the times are
 * none); {@code criteria} the thresholds as the project states them ("warn after 12 hour, error after 24 hour").
 */
public record DbtSourceFreshness(String uniqueId, String status, Option<java.time.Instant> maxLoadedAt,
                                 Option<java.time.Instant> snapshottedAt, String criteria, Option<String> error) {

    public DbtSourceFreshness {
        Objects.requireNonNull(uniqueId, "uniqueId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(maxLoadedAt, "maxLoadedAt");
        Objects.requireNonNull(snapshottedAt, "snapshottedAt");
        Objects.requireNonNull(criteria, "criteria");
        Objects.requireNonNull(error, "error");
        status = status.toLowerCase(Locale.ROOT);
    }
}
