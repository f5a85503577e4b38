package net.adtelligent.adapters.http.identity;

import io.javalin.http.Context;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Set;
import net.adtelligent.adapters.http.web.BodyFields;
import net.adtelligent.adapters.http.web.Clients;
import net.adtelligent.adapters.http.web.Json;
import net.adtelligent.adapters.http.web.JsonBody;
import net.adtelligent.adapters.http.web.Problem;
import net.adtelligent.adapters.http.web.ProblemException;
import net.adtelligent.domain.identity.IdentityRejection;
import net.adtelligent.ports.in.Authentication;
import net.adtelligent.ports.in.TokenPair;

/**
 * /api/console/session/: the console signs in here instead of holding a refresh token in script.
 * The refresh token travels in an HttpOnly cookie the page cannot read, sent only to this path;
 * the short-lived access token comes back in the body and stays in the page's memory, so every
 * other route keeps its bearer check. The cookie is the one credential a browser adds by itself,
 * so each request that uses it must also carry the session's CSRF token in a header
 * ({@link ConsoleCookies}): another site can make a browser send the cookie, not the header.
 */
public final class ConsoleSessionHandler {

    public static final String PATH = "/api/console/session/";
    public static final String REFRESH_PATH = PATH + "refresh/";

    /** The session's access token, its expiry, and the CSRF token the next refresh must send. */
    record SessionJson(String access, Instant accessExpiresAt, String csrfToken, String tokenType) {
    }

    private static final Set<String> CREDENTIALS = Set.of("email", "password");

    private final Authentication auth;
    private final Throttle throttle;
    private final JsonBody body;

    public ConsoleSessionHandler(Authentication auth, Throttle throttle, JsonBody body) {
        this.auth = auth;
        this.throttle = throttle;
        this.body = body;
    }

    public void signIn(Context ctx) {
        ConsoleCookies.requireSameOrigin(ctx);
        // The same count as /api/auth/login/: a second door to the same passwords gains nothing.
        throttle.address(ctx, "login");
        BodyFields fields = new BodyFields(body.read(ctx)).acceptOnly(CREDENTIALS, Set.of());
        String email = fields.required("email");
        String password = fields.required("password");
        fields.throwIfInvalid();
        TokenPair pair = auth.logIn(email, password, Clients.of(ctx)).getOrElseThrow(rejection ->
                rejection instanceof IdentityRejection.TooManyAttempts paused
                        ? Throttle.paused(ctx, paused)
                        : ProblemException.of(rejection));
        issue(ctx, pair);
    }

    public void refresh(Context ctx) {
        ConsoleCookies.requireSameOrigin(ctx);
        throttle.address(ctx, "refresh");
        String refresh = ConsoleCookies.requireSession(ctx);
        TokenPair pair = auth.refresh(refresh, Clients.of(ctx)).getOrElseThrow(rejection -> {
            if (rejection instanceof IdentityRejection.InvalidToken) {
                ConsoleCookies.clear(ctx);
                return new ProblemException(Problem.unauthorized("invalid-token", "Invalid token", rejection.detail()));
            }
            return ProblemException.of(rejection);
        });
        issue(ctx, pair);
    }

    public void signOut(Context ctx) {
        ConsoleCookies.requireSameOrigin(ctx);
        Option<String> refresh = ConsoleCookies.session(ctx);
        if (refresh.isDefined()) {
            ConsoleCookies.requireCsrf(ctx, refresh.get());
            auth.logOut(refresh.get(), Clients.of(ctx));
        }
        // Signed out either way: a page without a session asks for the state it already has.
        ConsoleCookies.clear(ctx);
        ctx.status(204);
    }

    private static void issue(Context ctx, TokenPair pair) {
        String csrf = ConsoleCookies.set(ctx, pair);
        // RFC 6749 §5.1: answers carrying tokens must not be cached anywhere.
        ctx.header("Cache-Control", "no-store");
        Json.write(ctx, 200, new SessionJson(pair.access(), pair.accessExpiresAt(), csrf, "Bearer"));
    }
}
