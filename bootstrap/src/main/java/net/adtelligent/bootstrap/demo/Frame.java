package net.adtelligent.bootstrap.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import net.adtelligent.domain.tenant.TenantId;

/** What every generated row of one year shares: whose it is, the year's last day, its extraction and the seed. */
record Frame(TenantId tenant, LocalDate lastDay, Instant extractedAt, long seed) {

    Frame {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(lastDay, "lastDay");
        Objects.requireNonNull(extractedAt, "extractedAt");
    }

    long daysAgo(LocalDate day) {
        return ChronoUnit.DAYS.between(day, lastDay);
    }

    /** The plan's multiplier on {@code day} for a channel of this rhythm. */
    double rhythm(Rhythm rhythm, LocalDate day) {
        return rhythm.on(day, lastDay);
    }

    Noise noise(String series, LocalDate day) {
        return Noise.of(seed, series, day);
    }
}
