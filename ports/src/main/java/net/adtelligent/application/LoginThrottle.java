package net.adtelligent.application;

import io.vavr.control.Option;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import net.adtelligent.domain.identity.IdentityRejection;
import net.adtelligent.domain.identity.OpaqueToken;
import net.adtelligent.ports.out.LoginAttempts;
import net.adtelligent.ports.out.LoginAttempts.Attempt;
import net.adtelligent.ports.out.LoginAttempts.Pacing;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which logins are let through to the password check ({@link LoginLimits}). Counted per account
 * and address, where the pauses are, so an attacker's failures slow only the attacker's address;
 * and per account from every address, where a limit only narrows who may still try: an address
 * with no failures of its own (the owner's, usually) always may, so no attacker can lock the owner
 * out. Keys are hashes: the store holds neither emails nor addresses.
 */
final class LoginThrottle {

    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);
    /** Logins between two sweeps of forgotten keys, per instance. */
    static final int SWEEP_EVERY = 1024;

    private final LoginAttempts attempts;
    private final LoginLimits limits;
    private final Pacing pair;
    private final Pacing account;
    private final Clock clock;
    private final AtomicLong logins = new AtomicLong();

    LoginThrottle(LoginAttempts attempts, LoginLimits limits, Clock clock) {
        this.attempts = attempts;
        this.limits = limits;
        this.pair = new Pacing(limits.pauses(), limits.remember());
        this.account = Pacing.countOnly(limits.remember());
        this.clock = clock;
    }

    /**
     * Counts this attempt of the address on the account, before the password is checked (so any
     * number of concurrent guesses get exactly the budget); the refusal, if it may not try now.
     */
    Option<IdentityRejection> admit(String email, String address) {
        Instant now = clock.instant();
        sweepNowAndThen(now);
        Attempt attempt = attempts.attempt(pairKey(email, address), now, pair);
        if (!attempt.allowed()) {
            return Option.of(new IdentityRejection.TooManyAttempts(wait(now, attempt.retryAt())));
        }
        boolean failedBefore = attempt.count() > 1;
        if (failedBefore && attempts.count(accountKey(email), now) >= limits.accountFailures()) {
            // Under attack: this address failed on the account already, so it waits until it is forgotten.
            return Option.of(new IdentityRejection.TooManyAttempts(limits.remember()));
        }
        return Option.none();
    }

    void failed(String email) {
        Attempt counted = attempts.attempt(accountKey(email), clock.instant(), account);
        if (counted.count() == limits.accountFailures()) {
            log.warn("one account reached {} failed logins: from now on only addresses without failures on it may try",
                    limits.accountFailures());
        }
    }

    /** The address proved it knows the password: its own count starts again; the account's stays. */
    void succeeded(String email, String address) {
        attempts.clear(pairKey(email, address));
    }

    private void sweepNowAndThen(Instant now) {
        if (logins.incrementAndGet() % SWEEP_EVERY == 0) {
            int removed = attempts.removeForgotten(now);
            log.debug("forgotten login counts removed count={}", removed);
        }
    }

    private static Duration wait(Instant now, Instant retryAt) {
        Duration wait = Duration.between(now, retryAt);
        return wait.isNegative() ? Duration.ZERO : wait;
    }

    /** As the domain compares emails: case-insensitively, surrounding white space ignored. */
    private static String normal(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    private static String accountKey(String email) {
        return OpaqueToken.hashOf("login-account\n" + normal(email));
    }

    private static String pairKey(String email, String address) {
        return OpaqueToken.hashOf("login-address\n" + normal(email) + "\n" + address);
    }
}
