package net.adtelligent.adapters.http.identity;

import io.vavr.control.Option;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import net.adtelligent.adapters.http.Throttling;

/**
 * Slows password guessing against one account: after a few consecutive failed logins each further
 * one locks the account's logins for twice as long as the previous, up to a cap. A success clears
 * it; so does a cap's length of time without failures. Bounded like {@link SlidingWindow}.
 */
final class LoginBackoff {

    private record Failures(int count, Instant last, Instant lockedUntil) {
    }

    private final Throttling limits;
    private final int maxKeys;
    private final Clock clock;
    private final LinkedHashMap<String, Failures> accounts = new LinkedHashMap<>(256, 0.75f, true);

    LoginBackoff(Throttling limits, int maxKeys, Clock clock) {
        this.limits = limits;
        this.maxKeys = maxKeys;
        this.clock = clock;
    }

    /** How long the account must still wait before its next login attempt, if at all. */
    synchronized Option<Duration> lockedFor(String account) {
        Failures failures = accounts.get(account);
        Instant now = clock.instant();
        if (failures == null || !failures.lockedUntil().isAfter(now)) {
            return Option.none();
        }
        return Option.of(Duration.between(now, failures.lockedUntil()));
    }

    synchronized void failed(String account) {
        Instant now = clock.instant();
        Failures before = accounts.get(account);
        int count = before == null || forgotten(before, now) ? 1 : before.count() + 1;
        Instant lockedUntil = now;
        int past = count - limits.failuresBeforeBackoff();
        if (past >= 0) {
            // 2^past overflows long after the cap is reached: stop doubling at 30.
            Duration wait = limits.firstBackoff().multipliedBy(1L << Math.min(past, 30));
            lockedUntil = now.plus(wait.compareTo(limits.maxBackoff()) > 0 ? limits.maxBackoff() : wait);
        }
        accounts.put(account, new Failures(count, now, lockedUntil));
        if (accounts.size() > maxKeys) {
            evict(now);
        }
    }

    synchronized void succeeded(String account) {
        accounts.remove(account);
    }

    synchronized int accounts() {
        return accounts.size();
    }

    private boolean forgotten(Failures failures, Instant now) {
        return !failures.lockedUntil().isAfter(now) && failures.last().plus(limits.maxBackoff()).isBefore(now);
    }

    private void evict(Instant now) {
        accounts.values().removeIf(failures -> forgotten(failures, now));
        int target = maxKeys - maxKeys / 10;
        Iterator<String> oldest = accounts.keySet().iterator();
        while (accounts.size() > target && oldest.hasNext()) {
            oldest.next();
            oldest.remove();
        }
    }
}
