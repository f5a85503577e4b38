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
import net.adtelligent.domain.identity.IdentityRejection;

/**
 * Limits the requests to the endpoints that take passwords or tokens, per client address (and
 * password reset requests per email), each endpoint on its own count; over a limit: 429 with
 * Retry-After. Kept in memory per instance: a cheap first refusal against floods, before a body
 * is read or the database asked. Guessing passwords is slowed by the login use case, whose
 * counts every instance shares; its refusals are answered here too, the same way.
 */
public final class Throttle {

    /**
     * Keys remembered per table: each holds one long per request in the window, so at 60 a minute
     * the address table stays around 12 MB however many clients come.
     */
    static final int MAX_KEYS = 20_000;

    private final SlidingWindow addresses;
    private final SlidingWindow accounts;

    public Throttle(Throttling limits, Clock clock) {
        this.addresses = new SlidingWindow(limits.perAddressPerMinute(), Duration.ofMinutes(1), MAX_KEYS, clock);
        this.accounts = new SlidingWindow(limits.perAccountPerMinute(), Duration.ofMinutes(1), MAX_KEYS, clock);
    }

    /** Before reading the body: the cheapest refusal comes first. */
    void address(Context ctx, String endpoint) {
        refuseIf(ctx, addresses.acquire(endpoint + " " + Clients.address(ctx)));
    }

    void account(Context ctx, String endpoint, String email) {
        refuseIf(ctx, accounts.acquire(endpoint + " " + account(email)));
    }

    /** A login the use case paused: the same 429 and Retry-After as the limits here. */
    static ProblemException paused(Context ctx, IdentityRejection.TooManyAttempts paused) {
        ctx.header("Retry-After", String.valueOf(paused.retryAfterSeconds()));
        return new ProblemException(Problem.tooManyRequests(paused.retryAfterSeconds()));
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
