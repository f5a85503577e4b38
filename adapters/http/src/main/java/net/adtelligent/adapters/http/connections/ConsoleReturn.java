package net.adtelligent.adapters.http.connections;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.vavr.control.Either;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import net.adtelligent.domain.Rejection;
import net.adtelligent.ports.in.OAuthConsent.CalledBack;

/**
 * Where the platform's callback sends a browser: the platform brings the user's tab back to the API,
 * and a person should land in the console, not on JSON. A request that asks for HTML is sent on (303)
 * to the connection made, to the pick among the accounts the consent saw, or to the page that says
 * why the consent failed. The target is always this service's console, built from what the service
 * made (the tenant's slug, ids) and the refusal's own title and detail, which travel in the fragment:
 * browsers never send it to a server or put it in a Referer, and the console shows it as text.
 */
final class ConsoleReturn {

    /** Enough for any refusal's detail; a platform's error description is cut there. */
    private static final int MAX_DETAIL = 500;

    private ConsoleReturn() {
    }

    /** Browsers ask for text/html when they follow a redirect; API clients and curl do not. */
    static boolean wanted(Context ctx) {
        String accept = ctx.header("Accept");
        return accept != null && accept.contains("text/html");
    }

    static void to(Context ctx, Either<Rejection, CalledBack> outcome) {
        // Not ctx.redirect, which writes a body ("Redirected") nothing reads.
        ctx.status(HttpStatus.SEE_OTHER).header("Location", outcome.fold(ConsoleReturn::failed, ConsoleReturn::calledBack));
    }

    private static String calledBack(CalledBack answer) {
        String tenant = "/#/" + answer.tenant().value() + "/connections?";
        return answer.connection()
                .map(made -> tenant + "id=" + made.id() + "&connected=1")
                .getOrElse(() -> tenant + "consent=" + answer.grant());
    }

    private static String failed(Rejection refusal) {
        String detail = refusal.detail().length() > MAX_DETAIL ? refusal.detail().substring(0, MAX_DETAIL) + "…" : refusal.detail();
        return "/#/consent-failed?code=" + query(refusal.code()) + "&title=" + query(refusal.title()) + "&detail=" + query(detail);
    }

    private static String query(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
