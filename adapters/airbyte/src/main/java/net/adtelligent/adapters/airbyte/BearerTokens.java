package net.adtelligent.adapters.airbyte;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * The bearer token for the next call: a static one as is, or one obtained from client credentials,
 * kept until shortly before it expires (a quarter of its life, at most a minute early) and dropped
 * when Airbyte answers 401 with it. Synchronized: one renewal at a time, not one per caller.
 */
final class BearerTokens {

    record Issued(String token, Duration lifetime) {
    }

    private static final Duration MAX_MARGIN = Duration.ofMinutes(1);

    private final Supplier<Issued> issuer;
    private final Clock clock;
    private final boolean renewable;
    private String current;
    private Instant renewAt = Instant.MIN;

    private BearerTokens(Supplier<Issued> issuer, Clock clock, boolean renewable) {
        this.issuer = issuer;
        this.clock = clock;
        this.renewable = renewable;
    }

    static BearerTokens fixed(String token) {
        BearerTokens tokens = new BearerTokens(() -> new Issued(token, Duration.ZERO), Clock.systemUTC(), false);
        tokens.current = token;
        return tokens;
    }

    static BearerTokens issuedBy(Supplier<Issued> issuer, Clock clock) {
        return new BearerTokens(issuer, clock, true);
    }

    synchronized String current() {
        if (current == null || renewable && !clock.instant().isBefore(renewAt)) {
            Issued issued = issuer.get();
            Duration margin = issued.lifetime().dividedBy(4);
            current = issued.token();
            renewAt = clock.instant().plus(issued.lifetime()).minus(margin.compareTo(MAX_MARGIN) > 0 ? MAX_MARGIN : margin);
        }
        return current;
    }

    /** Airbyte refused {@code token}: the next call gets a new one (unless another caller renewed it already). */
    synchronized boolean refused(String token) {
        if (!renewable) {
            return false;
        }
        if (token.equals(current)) {
            current = null;
        }
        return true;
    }
}
