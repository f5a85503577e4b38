package net.adtelligent.bootstrap.demo;

import java.time.LocalDate;
import java.util.Random;

/**
 * Random numbers for one series (an ad, a traffic source) on one day. Seeded by seed, series and
 * date rather than drawn from one sequence, so a day's numbers stay the same when the year moves
 * on by a day or a campaign is added. {@link Random}'s algorithm is specified, so every JDK agrees.
 */
final class Noise {

    private final Random random;

    private Noise(Random random) {
        this.random = random;
    }

    static Noise of(long seed, String series, LocalDate day) {
        long mixed = mix(seed ^ mix(series.hashCode() * 0x9E3779B97F4A7C15L));
        return new Noise(new Random(mix(mixed ^ day.toEpochDay() * 0xC2B2AE3D27D4EB4FL)));
    }

    /** A factor around 1 (log-normal, mean 1): how far a day strays from the plan. */
    double factor(double sigma) {
        return Math.exp(sigma * random.nextGaussian() - sigma * sigma / 2);
    }

    /** A value around zero, for additive wobble (a search position). */
    double around(double spread) {
        return spread * random.nextGaussian();
    }

    // SplitMix64's finaliser: nearby seeds (consecutive days) give unrelated sequences.
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
