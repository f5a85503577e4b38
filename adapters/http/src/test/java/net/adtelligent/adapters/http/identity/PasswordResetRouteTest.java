package net.adtelligent.adapters.http.identity;

import static net.adtelligent.adapters.http.TestApi.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import net.adtelligent.adapters.http.TestApi;
import net.adtelligent.ports.out.Mailer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PasswordResetRouteTest {

    private static final String NEW_PASSWORD = "a fresh long passphrase";

    private TestApi api = TestApi.start();

    @AfterEach
    void stop() {
        api.close();
    }

    private HttpResponse<String> request(String email) {
        return api.anonymous().post("/api/auth/password-reset/", "{\"email\": \"" + email + "\"}");
    }

    private HttpResponse<String> confirm(String token, String password) {
        return api.anonymous().post("/api/auth/password-reset/confirm/",
                "{\"token\": \"" + token + "\", \"password\": \"" + password + "\"}");
    }

    private int logIn(String password) {
        return api.anonymous().post("/api/auth/login/",
                "{\"email\": \"ada@example.com\", \"password\": \"" + password + "\"}").statusCode();
    }

    @Test
    void request_givenKnownAndUnknownEmail_answersTheSame202_andMailsOnlyTheAccount() {
        HttpResponse<String> known = request("ada@example.com");
        HttpResponse<String> unknown = request("nobody@example.com");
        HttpResponse<String> notAnAddress = request("not an address");

        assertThat(known.statusCode()).isEqualTo(202);
        assertThat(unknown.statusCode()).isEqualTo(202);
        assertThat(notAnAddress.statusCode()).isEqualTo(202);
        assertThat(unknown.body()).isEqualTo(known.body()).isEqualTo(notAnAddress.body());
        assertThat(api.inbox.awaitToken("ada@example.com", 0)).isNotBlank();
        assertThat(api.inbox.mailsTo("nobody@example.com")).isZero();
    }

    @Test
    void request_givenMailerThatHangs_answers202WithoutWaitingForIt() throws InterruptedException {
        api.close();
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch sending = new CountDownLatch(1);
        Mailer hanging = mail -> {
            sending.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
        api = TestApi.withCore(core -> core.mailer(hanging));

        HttpResponse<String> response = request("ada@example.com");

        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(sending.await(5, TimeUnit.SECONDS)).as("the mail is still sent, afterwards").isTrue();
        release.countDown();
    }

    @Test
    void request_givenMalformedBody_answers400() {
        HttpResponse<String> response = api.anonymous().post("/api/auth/password-reset/", "{\"mail\": \"ada@example.com\"}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).path("errors").findValuesAsText("field")).containsExactlyInAnyOrder("mail", "email");
    }

    @Test
    void confirm_givenMailedToken_setsThePasswordAndEndsEverySession() {
        request("ada@example.com");
        String token = api.inbox.awaitToken("ada@example.com", 0);

        HttpResponse<String> response = confirm(token, NEW_PASSWORD);

        assertThat(response.statusCode()).isEqualTo(204);
        assertThat(logIn(NEW_PASSWORD)).isEqualTo(200);
        assertThat(logIn(TestApi.PASSWORD)).isEqualTo(401);
        assertThat(api.anonymous().post("/api/token/refresh/", "{\"refresh\": \"" + api.me.refresh() + "\"}").statusCode())
                .isEqualTo(401);
    }

    @Test
    void confirm_givenTokenUsedOnce_answers400NamingTokenTheSecondTime() {
        request("ada@example.com");
        String token = api.inbox.awaitToken("ada@example.com", 0);
        confirm(token, NEW_PASSWORD);

        HttpResponse<String> again = confirm(token, "yet another passphrase");

        assertThat(again.statusCode()).isEqualTo(400);
        assertThat(json(again).path("errors").findValuesAsText("field")).containsExactly("token");
        assertThat(logIn(NEW_PASSWORD)).isEqualTo(200);
    }

    @Test
    void confirm_givenWeakPassword_answers400NamingPassword_andKeepsTheToken() {
        request("ada@example.com");
        String token = api.inbox.awaitToken("ada@example.com", 0);

        HttpResponse<String> weak = confirm(token, "password1234");

        assertThat(weak.statusCode()).isEqualTo(400);
        assertThat(json(weak).path("errors").findValuesAsText("field")).containsExactly("password");
        assertThat(confirm(token, NEW_PASSWORD).statusCode()).isEqualTo(204);
    }

    @Test
    void confirm_givenUnknownToken_answers400NamingToken() {
        HttpResponse<String> response = confirm("made-up", NEW_PASSWORD);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).path("errors").findValuesAsText("field")).containsExactly("token");
    }
}
