package net.adtelligent.adapters.http.identity;

import io.javalin.http.Context;
import java.time.Instant;
import java.util.Set;
import net.adtelligent.adapters.http.web.BodyFields;
import net.adtelligent.adapters.http.web.Clients;
import net.adtelligent.adapters.http.web.Json;
import net.adtelligent.adapters.http.web.JsonBody;
import net.adtelligent.adapters.http.web.Problem;
import net.adtelligent.adapters.http.web.ProblemException;
import net.adtelligent.domain.identity.IdentityRejection;
import net.adtelligent.ports.in.Actor;
import net.adtelligent.ports.in.Authentication;
import net.adtelligent.ports.in.TokenPair;

/** /api/auth/login/, /api/token/ (the same exchange under its conventional name), refresh and logout. */
public final class TokenHandler {

    record TokenJson(String access, String refresh, Instant accessExpiresAt, Instant refreshExpiresAt, String tokenType) {
        static TokenJson of(TokenPair pair) {
            return new TokenJson(pair.access(), pair.refresh(), pair.accessExpiresAt(), pair.refreshExpiresAt(), "Bearer");
        }
    }

    private static final Set<String> CREDENTIALS = Set.of("email", "password");
    private static final Set<String> REFRESH = Set.of("refresh");

    private final Authentication auth;
    private final Throttle throttle;
    private final JsonBody body;

    public TokenHandler(Authentication auth, Throttle throttle, JsonBody body) {
        this.auth = auth;
        this.throttle = throttle;
        this.body = body;
    }

    public void logIn(Context ctx) {
        // Login and /api/token/ are one operation: one count, so alternating them gains nothing.
        throttle.address(ctx, "login");
        BodyFields fields = new BodyFields(body.read(ctx)).acceptOnly(CREDENTIALS, Set.of());
        String email = fields.required("email");
        String password = fields.required("password");
        fields.throwIfInvalid();
        // No limit per account here: anyone could spend it and keep the owner out. The use case
        // counts failures per account and address, shared by every instance, and pauses only those.
        TokenPair pair = auth.logIn(email, password, Clients.of(ctx)).getOrElseThrow(rejection ->
                rejection instanceof IdentityRejection.TooManyAttempts paused
                        ? Throttle.paused(ctx, paused)
                        : ProblemException.of(rejection));
        issue(ctx, pair);
    }

    public void refresh(Context ctx) {
        throttle.address(ctx, "refresh");
        String refresh = refreshToken(ctx);
        TokenPair pair = auth.refresh(refresh, Clients.of(ctx)).getOrElseThrow(rejection ->
                rejection instanceof IdentityRejection.InvalidToken
                        ? new ProblemException(Problem.unauthorized("invalid-token", "Invalid token", rejection.detail()))
                        : ProblemException.of(rejection));
        issue(ctx, pair);
    }

    public void logOut(Context ctx, Actor actor) {
        auth.logOut(refreshToken(ctx), actor.client());
        ctx.status(204);
    }

    private String refreshToken(Context ctx) {
        BodyFields fields = new BodyFields(body.read(ctx)).acceptOnly(REFRESH, Set.of());
        String refresh = fields.required("refresh");
        fields.throwIfInvalid();
        return refresh;
    }

    private static void issue(Context ctx, TokenPair pair) {
        // RFC 6749 §5.1: responses carrying tokens must not be cached anywhere.
        ctx.header("Cache-Control", "no-store");
        Json.write(ctx, 200, TokenJson.of(pair));
    }
}
