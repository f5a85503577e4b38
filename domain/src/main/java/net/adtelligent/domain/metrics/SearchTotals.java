package net.adtelligent.domain.metrics;

import io.vavr.control.Option;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * Organic search summed. The average position is weighted by impressions (a query seen a
 * thousand times at position 2 outweighs one seen once at 40), from {@code positionTimesImpressions}.
 */
public record SearchTotals(long clicks, long impressions, BigDecimal positionTimesImpressions) {

    public static final SearchTotals ZERO = new SearchTotals(0, 0, BigDecimal.ZERO);

    public SearchTotals {
        Objects.requireNonNull(positionTimesImpressions, "positionTimesImpressions");
    }

    public SearchTotals plus(SearchTotals other) {
        return new SearchTotals(clicks + other.clicks, impressions + other.impressions,
                positionTimesImpressions.add(other.positionTimesImpressions));
    }

    public Option<BigDecimal> averagePosition() {
        return MetricsRounding.ratio(positionTimesImpressions, BigDecimal.valueOf(impressions));
    }

    /** Click-through rate: clicks per impression. */
    public Option<BigDecimal> ctr() {
        return MetricsRounding.ratio(BigDecimal.valueOf(clicks), BigDecimal.valueOf(impressions));
    }
}
