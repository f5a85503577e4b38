package net.adtelligent.adapters.http.identity;

import io.javalin.http.Context;
import io.vavr.control.Option;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import net.adtelligent.adapters.http.web.Problem;
import net.adtelligent.adapters.http.web.ProblemException;
import net.adtelligent.ports.in.TokenPair;

/**
 * The console's two cookies. The session cookie holds the refresh token: HttpOnly (no script reads
 * it), SameSite=Strict (no other site's page makes the browser send it), Path limited to the
 * session routes (no other route receives it), Secure unless the page was opened on a loopback
 * name, where browsers speak plain HTTP. The CSRF cookie holds a digest of that refresh token, for
 * the page to read after a reload and send back in a header: a request that carries the session
 * cookie but not the matching header did not come from the console's own script.
 */
final class ConsoleCookies {

    static final String SESSION = "adt_console_session";
    static final String CSRF = "adt_console_csrf";
    static final String CSRF_HEADER = "X-CSRF-Token";
    // Domain separation: the digest is of no use as any other token of the service.
    private static final String CSRF_LABEL = "adtelligent console csrf\n";

    private ConsoleCookies() {
    }

    /** Sets both cookies for the pair's refresh token; returns the CSRF token. */
    static String set(Context ctx, TokenPair pair) {
        String csrf = csrfOf(pair.refresh());
        long maxAge = Math.max(0, Duration.between(Instant.now(), pair.refreshExpiresAt()).getSeconds());
        ctx.res().addHeader("Set-Cookie", cookie(ctx, SESSION, pair.refresh(), ConsoleSessionHandler.PATH, maxAge, true));
        ctx.res().addHeader("Set-Cookie", cookie(ctx, CSRF, csrf, "/", maxAge, false));
        return csrf;
    }

    static void clear(Context ctx) {
        ctx.res().addHeader("Set-Cookie", cookie(ctx, SESSION, "", ConsoleSessionHandler.PATH, 0, true));
        ctx.res().addHeader("Set-Cookie", cookie(ctx, CSRF, "", "/", 0, false));
    }

    static Option<String> session(Context ctx) {
        String value = ctx.cookie(SESSION);
        return value == null || value.isBlank() ? Option.none() : Option.of(value);
    }

    /** The refresh token of a request that has a session and proves it came from the console. */
    static String requireSession(Context ctx) {
        String refresh = session(ctx).getOrElseThrow(() -> new ProblemException(Problem.unauthorized(
                "unauthenticated", "Unauthenticated", "no console session: sign in first")));
        requireCsrf(ctx, refresh);
        return refresh;
    }

    static void requireCsrf(Context ctx, String refresh) {
        String sent = ctx.header(CSRF_HEADER);
        byte[] expected = csrfOf(refresh).getBytes(StandardCharsets.US_ASCII);
        if (sent == null || !MessageDigest.isEqual(expected, sent.strip().getBytes(StandardCharsets.US_ASCII))) {
            throw refused("the request carries the console's session cookie but not its " + CSRF_HEADER + " header");
        }
    }

    /**
     * A browser names the page's origin on every cross-origin request and on same-origin POSTs: one
     * that names another origin than this service's own is another site's page, refused before
     * anything else. Without the header (curl, an old browser), the CSRF token still decides.
     */
    static void requireSameOrigin(Context ctx) {
        String origin = ctx.header("Origin");
        if (origin == null) {
            return;
        }
        String host = ctx.header("Host");
        URI parsed;
        try {
            parsed = URI.create(origin);
        } catch (IllegalArgumentException malformed) {
            throw refused("the Origin header is malformed");
        }
        String authority = parsed.getRawAuthority();
        if (host == null || authority == null || !authority.equalsIgnoreCase(host)) {
            throw refused("the console's session routes answer only pages of this service's own origin");
        }
    }

    private static ProblemException refused(String detail) {
        return new ProblemException(new Problem(Problem.TYPES + "cross-site-request", "Cross-site request refused", 403,
                detail, null));
    }

    static String csrfOf(String refresh) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((CSRF_LABEL + refresh).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java runtime has SHA-256", impossible);
        }
    }

    private static String cookie(Context ctx, String name, String value, String path, long maxAge, boolean httpOnly) {
        StringBuilder cookie = new StringBuilder(name).append('=').append(value)
                .append("; Path=").append(path)
                .append("; Max-Age=").append(maxAge)
                .append("; SameSite=Strict");
        if (httpOnly) {
            cookie.append("; HttpOnly");
        }
        if (!loopback(ctx)) {
            cookie.append("; Secure");
        }
        return cookie.toString();
    }

    /** The name the browser used: only a page on a loopback name may get cookies over plain HTTP. */
    static boolean loopback(Context ctx) {
        String host = ctx.header("Host");
        if (host == null) {
            return false;
        }
        String name = host.toLowerCase(Locale.ROOT);
        if (name.startsWith("[")) {
            return name.startsWith("[::1]");
        }
        int colon = name.indexOf(':');
        name = colon < 0 ? name : name.substring(0, colon);
        return name.equals("localhost") || name.matches("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");
    }
}
