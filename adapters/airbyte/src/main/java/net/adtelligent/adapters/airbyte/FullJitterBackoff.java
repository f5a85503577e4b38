package net.adtelligent.adapters.airbyte;

import io.github.resilience4j.core.IntervalBiFunction;
import io.github.resilience4j.core.functions.Either;
import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * The wait before retry {@code n} (1 for the first): a uniformly random time between zero and
 * {@code min(cap, base * 2^(n-1))} ("full jitter"), so many clients failing together do not come
 * back together; never shorter than the Retry-After Airbyte sent with the failure.
 */
final class FullJitterBackoff implements IntervalBiFunction<Object> {

    private final Duration base;
    private final Duration cap;
    private final DoubleSupplier random;

    FullJitterBackoff(Duration base, Duration cap, DoubleSupplier random) {
        this.base = base;
        this.cap = cap;
        this.random = random;
    }

    @Override
    public Long apply(Integer retry, Either<Throwable, Object> outcome) {
        long jittered = (long) (random.getAsDouble() * ceilingMillis(retry));
        long asked = outcome != null && outcome.isLeft() && outcome.getLeft() instanceof AirbyteUnavailableException failure
                ? failure.retryAfter().map(Duration::toMillis).orElse(0L) : 0L;
        return Math.max(jittered, asked);
    }

    long ceilingMillis(int retry) {
        int doublings = Math.min(Math.max(retry - 1, 0), 30);
        long grown = base.toMillis() << doublings;
        return Math.min(cap.toMillis(), grown < 0 ? Long.MAX_VALUE : grown);
    }
}
