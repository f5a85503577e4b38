package net.adtelligent.adapters.http;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.vavr.control.Option;
import net.adtelligent.adapters.http.web.Clients;
import net.adtelligent.adapters.http.web.Problem;
import net.adtelligent.adapters.http.web.ProblemException;
import net.adtelligent.adapters.http.web.Problems;
import net.adtelligent.domain.identity.UserId;
import net.adtelligent.ports.in.Actor;
import net.adtelligent.ports.in.Authentication;

/**
 * Turns "Authorization: Bearer &lt;access token&gt;" into the {@link Actor} a use case acts for. A
 * route the {@link Routes} table does not mark open gets its handler only through here.
 */
final class Authenticator {

    /** A handler of a route that needs a signed-in user. */
    @FunctionalInterface
    interface SignedInHandler {
        void handle(Context ctx, Actor actor) throws Exception;
    }

    private static final String PREFIX = "bearer ";

    private final Authentication authentication;

    Authenticator(Authentication authentication) {
        this.authentication = authentication;
    }

    /** A handler of an open route that still checks a sign-in when one comes with the request. */
    @FunctionalInterface
    interface MaybeSignedInHandler {
        void handle(Context ctx, Option<Actor> actor) throws Exception;
    }

    Handler signedIn(SignedInHandler handler) {
        return ctx -> handler.handle(ctx, actor(ctx));
    }

    /** Without an Authorization header, no actor; with one, it must be valid (401 otherwise). */
    Handler maybeSignedIn(MaybeSignedInHandler handler) {
        return ctx -> {
            String header = ctx.header("Authorization");
            handler.handle(ctx, header == null || header.isBlank() ? Option.none() : Option.of(actor(ctx)));
        };
    }

    private Actor actor(Context ctx) {
        String header = ctx.header("Authorization");
        if (header == null || header.isBlank()) {
            throw refused(ctx, Problems.BEARER, "sign in first: send Authorization: Bearer <access token>");
        }
        String trimmed = header.strip();
        if (!trimmed.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            throw refused(ctx, Problems.BEARER + ", error=\"invalid_request\"",
                    "the Authorization header must use the Bearer scheme");
        }
        UserId user = authentication.authenticate(trimmed.substring(PREFIX.length()).strip())
                .getOrElseThrow(() -> refused(ctx, Problems.BEARER + ", error=\"invalid_token\"",
                        "the access token is invalid or expired; refresh it or sign in again"));
        return Actor.user(user, Clients.of(ctx));
    }

    // RFC 6750 §3: the challenge says what was wrong; the body says it to people.
    private static ProblemException refused(Context ctx, String challenge, String detail) {
        ctx.header(Problems.WWW_AUTHENTICATE, challenge);
        return new ProblemException(Problem.unauthorized("unauthenticated", "Unauthenticated", detail));
    }
}
