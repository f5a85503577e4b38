package net.adtelligent.application;

import java.util.Objects;
import net.adtelligent.domain.metrics.Staleness;

/**
 * How snapshots and the combined view behave: the snapshot's window (days up to yesterday), the
 * longest period one request may ask for, and when a snapshot or source counts as stale.
 */
public record MetricsSettings(int snapshotDays, int maxQueryDays, Staleness.Thresholds staleness) {

    public static final MetricsSettings DEFAULT = new MetricsSettings(90, 366, Staleness.Thresholds.DEFAULT);

    public MetricsSettings {
        if (snapshotDays < 1 || maxQueryDays < 1) {
            throw new IllegalArgumentException("snapshotDays and maxQueryDays must be positive");
        }
        Objects.requireNonNull(staleness, "staleness");
    }
}
