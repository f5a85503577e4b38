package net.adtelligent.domain.metrics;

import java.time.LocalDate;
import java.util.Objects;

/** The blended metrics of one period (its first day), over every row of each side in it. */
public record BlendedRow(LocalDate period, BlendedMetrics metrics) {

    public BlendedRow {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(metrics, "metrics");
    }
}
