package net.adtelligent.adapters.kms;

import java.time.Duration;
import java.util.Objects;

/**
 * How long an unwrapped data key may stay in memory, after the model of the AWS Encryption SDK's
 * caching materials manager: at most {@code maxAge} after it was unwrapped, for at most
 * {@code maxUses} seals and opens, and at most {@code maxKeys} keys at once (least used go first).
 * Past a limit the key is unwrapped again by the key service. {@code maxKeys} 0 caches nothing.
 */
public record CacheLimits(Duration maxAge, long maxUses, long maxKeys) {

    /** Five minutes, 10,000 uses, 1,000 keys: opening a tenant's credentials costs a key-service call every few minutes at most. */
    public static final CacheLimits DEFAULT = new CacheLimits(Duration.ofMinutes(5), 10_000, 1_000);

    public CacheLimits {
        Objects.requireNonNull(maxAge, "maxAge");
        if (maxAge.isNegative() || maxUses < 1 || maxKeys < 0) {
            throw new IllegalArgumentException("cache limits must be a positive age, at least one use and no negative "
                    + "count: " + maxAge + ", " + maxUses + ", " + maxKeys);
        }
    }
}
