package net.adtelligent.adapters.http.identity;

import static net.adtelligent.adapters.http.TestApi.contentType;
import static net.adtelligent.adapters.http.TestApi.header;
import static net.adtelligent.adapters.http.TestApi.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import net.adtelligent.adapters.http.TestApi;
import net.adtelligent.adapters.http.Throttling;
import net.adtelligent.application.LoginLimits;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The sign-in endpoints over HTTP, on a clock the test moves: request limits per address (and per
 * email for reset requests) here, and the core's pauses of failed logins per account and address.
 */
class ThrottleTest {

    private TestApi api;

    @AfterEach
    void stop() {
        api.close();
    }

    /** {@code failures} free logins per account and address, then 2 s, 4 s, 8 s; no account limit to speak of. */
    private void start(int perAddress, int perAccount, int failures) {
        start(perAddress, perAccount, new LoginLimits(failures, Duration.ofSeconds(2), Duration.ofSeconds(8), 100_000,
                Duration.ofSeconds(60)));
    }

    private void start(int perAddress, int perAccount, LoginLimits logins) {
        api = TestApi.start(stores -> stores, core -> core.loginLimits(logins),
                settings -> settings.withThrottling(new Throttling(perAddress, perAccount)));
    }

    private HttpResponse<String> logIn(String email, String password) {
        return api.anonymous().post("/api/auth/login/", "{\"email\": \"" + email + "\", \"password\": \"" + password + "\"}");
    }

    @Test
    void logIn_givenMoreAttemptsFromOneAddressThanAllowed_answers429UntilTheOldestLeavesTheMinute() {
        start(3, 100, 100);
        logIn("a@example.com", "x");
        api.clock.advance(Duration.ofSeconds(10));
        logIn("b@example.com", "x");
        logIn("c@example.com", "x");
        api.clock.advance(Duration.ofSeconds(20));

        HttpResponse<String> refused = logIn("ada@example.com", TestApi.PASSWORD);

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(contentType(refused)).isEqualTo("application/problem+json");
        assertThat(json(refused).path("type").asText()).isEqualTo("https://adtelligent.net/problems/too-many-requests");
        assertThat(header(refused, "Retry-After")).isEqualTo("30");
        api.clock.advance(Duration.ofSeconds(30));
        assertThat(logIn("ada@example.com", TestApi.PASSWORD).statusCode()).isEqualTo(200);
    }

    @Test
    void logInAndToken_shareOneCount_soAlternatingGainsNothing() {
        start(2, 100, 100);
        logIn("a@example.com", "x");
        api.anonymous().post("/api/token/", "{\"email\": \"a@example.com\", \"password\": \"x\"}");

        assertThat(api.anonymous().post("/api/token/", "{\"email\": \"b@example.com\", \"password\": \"x\"}").statusCode())
                .isEqualTo(429);
    }

    @Test
    void logIn_givenManyAttemptsForOneAccount_neverLimitsTheAccountAsSuch() {
        start(100, 1, 100);
        for (int i = 0; i < 5; i++) {
            assertThat(logIn("Ada@Example.com ", "wrong").statusCode()).isEqualTo(401);
        }

        assertThat(logIn("ada@example.com", TestApi.PASSWORD).statusCode()).isEqualTo(200);
    }

    @Test
    void logIn_givenConsecutiveFailuresFromOneAddress_waitsLongerEachTime_andASuccessResets() {
        start(100, 100, 3);
        for (int i = 0; i < 3; i++) {
            assertThat(logIn("ada@example.com", "wrong").statusCode()).isEqualTo(401);
        }

        HttpResponse<String> locked = logIn("ada@example.com", TestApi.PASSWORD);
        assertThat(locked.statusCode()).as("even the right password waits").isEqualTo(429);
        assertThat(json(locked).path("type").asText()).isEqualTo("https://adtelligent.net/problems/too-many-requests");
        assertThat(header(locked, "Retry-After")).isEqualTo("2");
        api.clock.advance(Duration.ofSeconds(2));
        assertThat(logIn("ada@example.com", "wrong").statusCode()).isEqualTo(401);
        assertThat(header(logIn("ada@example.com", "wrong"), "Retry-After")).isEqualTo("4");

        api.clock.advance(Duration.ofSeconds(4));
        assertThat(logIn("ada@example.com", TestApi.PASSWORD).statusCode()).isEqualTo(200);
        assertThat(logIn("ada@example.com", "wrong").statusCode()).isEqualTo(401);
        assertThat(logIn("ada@example.com", "wrong").statusCode()).isEqualTo(401);
    }

    @Test
    void refresh_givenMoreAttemptsFromOneAddressThanAllowed_answers429() {
        start(2, 100, 100);
        for (int i = 0; i < 2; i++) {
            api.anonymous().post("/api/token/refresh/", "{\"refresh\": \"guess-" + i + "\"}");
        }

        HttpResponse<String> refused = api.anonymous().post("/api/token/refresh/", "{\"refresh\": \"" + api.me.refresh() + "\"}");

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(header(refused, "Retry-After")).isEqualTo("60");
    }

    @Test
    void passwordReset_givenOneEmailTooOften_answers429_butStill202ForOthers() {
        start(100, 2, 100);
        for (int i = 0; i < 2; i++) {
            assertThat(api.anonymous().post("/api/auth/password-reset/", "{\"email\": \"ada@example.com\"}").statusCode())
                    .isEqualTo(202);
        }

        assertThat(api.anonymous().post("/api/auth/password-reset/", "{\"email\": \"Ada@example.com\"}").statusCode())
                .isEqualTo(429);
        assertThat(api.anonymous().post("/api/auth/password-reset/", "{\"email\": \"grace@example.com\"}").statusCode())
                .isEqualTo(202);
    }

    @Test
    void confirmAndAccept_givenMoreGuessesFromOneAddressThanAllowed_answer429() {
        start(2, 100, 100);
        String guess = "{\"token\": \"guess\", \"password\": \"a long passphrase here\"}";
        for (String path : new String[] {"/api/auth/password-reset/confirm/", "/api/auth/invitations/accept/"}) {
            api.anonymous().post(path, guess);
            api.anonymous().post(path, guess);

            assertThat(api.anonymous().post(path, guess).statusCode()).as(path).isEqualTo(429);
        }
    }
}
