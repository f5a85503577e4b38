package net.adtelligent.adapters.http;

import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.util.List;

/**
 * The console's session routes and the membership route into every outcome they have, for
 * {@link StatusDrive}: on its server, signed in as its first user.
 */
final class ConsoleStatusDrive {

    static final String SESSION = "/api/console/session/";
    static final String REFRESH = SESSION + "refresh/";
    private static final String MEMBERSHIP = "/api/tenants/acme/membership/";

    private final TestApi api;
    private final List<HttpResponse<String>> seen;
    private ConsoleSession kept;

    ConsoleStatusDrive(TestApi api, List<HttpResponse<String>> seen) {
        this.api = api;
        this.seen = seen;
    }

    /** A console session as a browser holds it: the two cookies. */
    record ConsoleSession(String refreshCookie, String csrf) {

        static ConsoleSession of(HttpResponse<String> signedIn) {
            return new ConsoleSession(cookie(signedIn, "adt_console_session"), cookie(signedIn, "adt_console_csrf"));
        }

        static String cookie(HttpResponse<String> response, String name) {
            return response.headers().allValues("Set-Cookie").stream()
                    .filter(header -> header.startsWith(name + "="))
                    .map(header -> header.substring(name.length() + 1, header.indexOf(';')))
                    .findFirst().orElseThrow(() -> new AssertionError("no cookie " + name + " in " + response.headers()));
        }
    }

    static String credentials(String email, String password) {
        return "{\"email\": \"" + email + "\", \"password\": \"" + password + "\"}";
    }

    void drive() {
        HttpResponse<String> signedIn = api.anonymous().post(SESSION, credentials(api.me.email(), TestApi.PASSWORD));
        seen.add(signedIn);
        ConsoleSession session = ConsoleSession.of(signedIn);
        seen.add(api.anonymous().post(SESSION, credentials(api.me.email(), "not the password")));
        seen.add(api.anonymous().send(api.anonymous().request(SESSION).header("Content-Type", "application/json")
                .header("Origin", "https://elsewhere.example").POST(BodyPublishers.ofString(credentials(api.me.email(), TestApi.PASSWORD)))));

        HttpResponse<String> refreshed = refresh(session, session.csrf());
        seen.add(refreshed);
        ConsoleSession next = ConsoleSession.of(refreshed);
        seen.add(refresh(next, "not-the-token"));
        seen.add(api.anonymous().send(api.anonymous().request(REFRESH).POST(BodyPublishers.noBody())));
        // The first cookie again: already used, so the whole session is revoked.
        seen.add(refresh(session, session.csrf()));

        ConsoleSession leaving = ConsoleSession.of(api.anonymous().post(SESSION, credentials(api.me.email(), TestApi.PASSWORD)));
        seen.add(signOut(leaving, "not-the-token"));
        seen.add(signOut(leaving, leaving.csrf()));
        kept = ConsoleSession.of(api.anonymous().post(SESSION, credentials(api.me.email(), TestApi.PASSWORD)));

        seen.add(api.get(MEMBERSHIP));
        seen.add(api.get("/api/tenants/a%00b/membership/"));
        seen.add(api.anonymous().get(MEMBERSHIP));
        seen.add(api.get("/api/tenants/nobody/membership/"));
    }

    /** Every route once more, with every store broken (StatusDrive breaks them). */
    void failing() {
        seen.add(api.anonymous().post(SESSION, credentials(api.me.email(), TestApi.PASSWORD)));
        seen.add(refresh(kept, kept.csrf()));
        seen.add(signOut(kept, kept.csrf()));
        seen.add(api.get(MEMBERSHIP));
    }

    HttpResponse<String> refresh(ConsoleSession session, String csrf) {
        return api.anonymous().send(api.anonymous().request(REFRESH)
                .header("Cookie", "adt_console_session=" + session.refreshCookie())
                .header("X-CSRF-Token", csrf).POST(BodyPublishers.noBody()));
    }

    private HttpResponse<String> signOut(ConsoleSession session, String csrf) {
        return api.anonymous().send(api.anonymous().request(SESSION)
                .header("Cookie", "adt_console_session=" + session.refreshCookie())
                .header("X-CSRF-Token", csrf).DELETE());
    }
}
