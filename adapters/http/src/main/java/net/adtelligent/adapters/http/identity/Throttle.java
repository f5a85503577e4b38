package net.adtelligent.adapters.http.identity;

import io.javalin.http.Context;
import io.vavr.control.Option;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import net.adtelligent.adapters.http.Throttling;
import net.adtelligent.adapters.http.web.Clients;
import net.adtelligent.adapters.http.web.Problem;
import net.adtelligent.adapters.http.web.ProblemException;

/**
 * Throttles the endpoints that take passwords or tokens, per client address and per account,
 * each endpoint on its own count, and backs off failed logins per account. Over a limit: 429 with
 * Retry-After. Kept in memory per instance: with N instances an attacker gets N times the budget,
 * which still makes guessing slow; a shared store would be the next step.
 */
public final class Throttle {

    /**
     * Keys remembered per table: each holds one long per request in the window, so at 60 a minute
     * the address table stays around 12 MB however many clients come.
     */
    static final int MAX_KEYS = 20_000;

    private final SlidingWindow addresses;
    private final SlidingWindow accounts;
    private final LoginBackoff logins;

    public Throttle(Throttling limits, Clock clock) {
        this.addresses = new SlidingWindow(limits.perAddressPerMinute(), Duration.ofMinutes(1), MAX_KEYS, clock);
        this.accounts = new SlidingWindow(limits.perAccountPerMinute(), Duration.ofMinutes(1), MAX_KEYS, clock);
        this.logins = new LoginBackoff(limits, MAX_KEYS, clock);
    }

    /** Before reading the body: the cheapest refusal comes first. */
    void address(Context ctx, String endpoint) {
        refuseIf(ctx, addresses.acquire(endpoint + " " + Clients.address(ctx)));
    }

    void account(Context ctx, String endpoint, String email) {
        refuseIf(ctx, accounts.acquire(endpoint + " " + account(email)));
    }

    /** A login of an account still locked after failures is refused without checking the password. */
    void loginAllowed(Context ctx, String email) {
        refuseIf(ctx, logins.lockedFor(account(email)));
    }

    void loginFailed(String email) {
        logins.failed(account(email));
    }

    void loginSucceeded(String email) {
        logins.succeeded(account(email));
    }

    /** As the domain compares emails: case-insensitively, surrounding white space ignored. */
    private static String account(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    private static void refuseIf(Context ctx, Option<Duration> wait) {
        if (wait.isDefined()) {
            // Whole seconds, rounded up: a client that waits exactly this long gets through.
            long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
            ctx.header("Retry-After", String.valueOf(seconds));
            throw new ProblemException(Problem.tooManyRequests(seconds));
        }
    }
}
