package net.adtelligent.domain.metrics;

import io.vavr.control.Option;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Organic search per day. The average position is weighted by impressions (a query seen a
 * thousand times at position 2 outweighs one seen once at 40), from {@code positionTimesImpressions}.
 */
public record SearchDaily(LocalDate day, long clicks, long impressions, BigDecimal positionTimesImpressions) {

    public SearchDaily {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(positionTimesImpressions, "positionTimesImpressions");
    }

    public Option<BigDecimal> averagePosition() {
        return impressions == 0 ? Option.none() : Option.of(positionTimesImpressions
                .divide(BigDecimal.valueOf(impressions), new MathContext(10, RoundingMode.HALF_EVEN)).stripTrailingZeros());
    }
}
