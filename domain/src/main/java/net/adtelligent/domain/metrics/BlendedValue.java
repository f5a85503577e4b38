package net.adtelligent.domain.metrics;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.math.BigDecimal;

/** A blended metric: a value, or none and the gap that keeps it from being one (never a silent zero). */
public record BlendedValue(Option<BigDecimal> value, Option<BlendedGap> gap) {

    public BlendedValue {
        if (value.isDefined() == gap.isDefined()) {
            throw new IllegalArgumentException("a blended value has either a value or a gap: " + value + ", " + gap);
        }
    }

    static BlendedValue of(Either<BlendedGap, BigDecimal> either) {
        return either.fold(gap -> new BlendedValue(Option.none(), Option.of(gap)),
                value -> new BlendedValue(Option.of(value), Option.none()));
    }
}
