package net.adtelligent.domain.metrics;

import java.time.LocalDate;
import java.util.Objects;
import net.adtelligent.domain.fact.Platform;

/** One platform's ad totals of one day, in the reporting currency. */
public record PlatformDay(LocalDate day, Platform platform, AdTotals totals) {

    public PlatformDay {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(totals, "totals");
    }
}
