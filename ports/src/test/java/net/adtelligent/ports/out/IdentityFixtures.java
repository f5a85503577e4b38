package net.adtelligent.ports.out;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.adtelligent.domain.identity.Email;
import net.adtelligent.domain.identity.OpaqueToken;
import net.adtelligent.domain.identity.PasswordHash;
import net.adtelligent.domain.identity.User;
import net.adtelligent.domain.identity.UserId;
import net.adtelligent.domain.tenant.TenantId;

/**
 * Users, tenants, token hashes and races for the identity and audit contracts (shipped in the
 * test-jar). Names are unique per call, so tests may share one database without meeting.
 */
public final class IdentityFixtures {

    /** Microsecond precision, as PostgreSQL stores it, so a round trip compares equal. */
    public static final Instant NOW = TenantFixtures.REGISTERED_AT;

    private IdentityFixtures() {
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 13).replace("-", "");
    }

    public static Email uniqueEmail() {
        return new Email(unique("user") + "@example.com");
    }

    /** A hash as the services store it: never the token itself. */
    public static String tokenHash() {
        return OpaqueToken.generate().hash();
    }

    public static User user(Email email) {
        return User.register(UserId.random(), email, new PasswordHash("fast$00$" + tokenHash()), NOW);
    }

    /** A registered tenant: tenant-scoped rows point at one. */
    public static TenantId newTenant(TenantStore tenants) {
        return tenants.add(TenantFixtures.tenant(unique("t"))).get().id();
    }

    /** A registered user: user-scoped rows point at one. */
    public static UserId newUser(UserStore users) {
        return users.add(user(uniqueEmail())).get().id();
    }

    /**
     * Runs the attempts on as many threads, released together by one gate so they truly race,
     * and answers their results in order.
     */
    public static <T> List<T> race(int attempts, Callable<T> attempt) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(attempts);
        CountDownLatch gate = new CountDownLatch(1);
        try {
            List<Future<T>> running = new ArrayList<>();
            for (int i = 0; i < attempts; i++) {
                running.add(pool.submit(() -> {
                    gate.await();
                    return attempt.call();
                }));
            }
            gate.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> result : running) {
                results.add(result.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
