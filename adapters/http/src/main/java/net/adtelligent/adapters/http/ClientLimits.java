package net.adtelligent.adapters.http;

import java.time.Duration;
import java.util.Objects;

/**
 * How long and how many of the server's worker threads one client may hold. A request body is read
 * on a worker thread that waits for each byte: without these, a few hundred connections sending a
 * byte now and then would hold every thread, and nobody else, the health probe included, would be answered.
 *
 * @param idleTimeout           a request whose body sends nothing for this long is ended (408, connection closed)
 * @param minBodyBytesPerSecond a body that arrives more slowly than this, on average since its first
 *                              byte, is ended the same way
 * @param maxRequestsPerAddress requests one client address may have in progress at once; more are
 *                              answered 429 with Retry-After at once, on no worker thread's time.
 *                              GET /api/health/ is exempt, so a probe sees the service, not one client's share of it
 * @param trustedProxies        the proxies whose X-Forwarded-For tells the client's address; by default none,
 *                              and the socket's peer is the client
 */
public record ClientLimits(Duration idleTimeout, long minBodyBytesPerSecond, int maxRequestsPerAddress,
                           TrustedProxies trustedProxies) {

    public ClientLimits {
        Objects.requireNonNull(idleTimeout, "idleTimeout");
        if (idleTimeout.toMillis() < 1) {
            throw new IllegalArgumentException("idleTimeout must be at least 1 ms, was " + idleTimeout);
        }
        if (minBodyBytesPerSecond < 1) {
            throw new IllegalArgumentException("minBodyBytesPerSecond must be positive, was " + minBodyBytesPerSecond);
        }
        if (maxRequestsPerAddress < 1) {
            throw new IllegalArgumentException("maxRequestsPerAddress must be positive, was " + maxRequestsPerAddress);
        }
        Objects.requireNonNull(trustedProxies, "trustedProxies");
    }

    /** Trusting no proxy. */
    public ClientLimits(Duration idleTimeout, long minBodyBytesPerSecond, int maxRequestsPerAddress) {
        this(idleTimeout, minBodyBytesPerSecond, maxRequestsPerAddress, TrustedProxies.NONE);
    }

    public ClientLimits withTrustedProxies(TrustedProxies proxies) {
        return new ClientLimits(idleTimeout, minBodyBytesPerSecond, maxRequestsPerAddress, proxies);
    }

    /**
     * Ten quiet seconds end a body; 512 bytes a second is far below any real client's link, yet ends
     * a byte-a-second trickle within a second or two; 32 requests at once per address leave most of
     * the 250 worker threads to everyone else while no browser (6 connections a host) or office NAT
     * comes near it. Behind a reverse proxy, list it in trustedProxies, or every client shares its address.
     */
    public static ClientLimits defaults() {
        return new ClientLimits(Duration.ofSeconds(10), 512, 32);
    }
}
