package net.adtelligent.adapters.http.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import net.adtelligent.adapters.http.TestApi;
import net.adtelligent.application.LoginLimits;
import net.adtelligent.domain.audit.AuditAction;
import net.adtelligent.memory.InMemoryLoginAttempts;
import net.adtelligent.ports.out.LoginAttempts;
import net.adtelligent.ports.out.OutsidePartUnavailableException;
import net.adtelligent.testing.FromAddress;
import net.adtelligent.testing.FromAddress.Answer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Failed logins pause the address that failed, not the account: an attacker guessing the owner's
 * password from some addresses never stops the owner logging in from another. Each client below
 * connects from its own loopback address, which the server sees as the client address.
 */
class LoginPausesTest {

    /** Three free tries per account and address, then 2 s, 4 s, 8 s; an account with five failures is under attack. */
    private static final LoginLimits LIMITS = new LoginLimits(3, Duration.ofSeconds(2), Duration.ofSeconds(8), 5,
            Duration.ofSeconds(60));

    private static final FromAddress OWNER = FromAddress.of("127.0.0.3");
    private static final FromAddress ATTACKER = FromAddress.of("127.0.0.2");
    private static final FromAddress SECOND_ATTACKER = FromAddress.of("127.0.0.4");
    private static final FromAddress THIRD_ATTACKER = FromAddress.of("127.0.0.5");

    private TestApi api;

    @AfterEach
    void stop() {
        if (api != null) {
            api.close();
        }
    }

    private Answer logIn(FromAddress client, String password) {
        return client.post(api.port(), "/api/auth/login/",
                "{\"email\": \"ada@example.com\", \"password\": \"" + password + "\"}");
    }

    @Test
    void logIn_givenAnAttackersFailuresFromOneAddress_pausesTheAttackerButNotTheOwnerElsewhere() {
        api = TestApi.start(stores -> stores, core -> core.loginLimits(LIMITS), settings -> settings);
        for (int i = 0; i < 3; i++) {
            assertThat(logIn(ATTACKER, "guess-" + i).status()).isEqualTo(401);
        }

        Answer paused = logIn(ATTACKER, "guess-3");
        Answer owner = logIn(OWNER, TestApi.PASSWORD);

        assertThat(paused.status()).isEqualTo(429);
        assertThat(paused.header("Retry-After")).contains("2");
        assertThat(paused.body()).contains("https://adtelligent.net/problems/too-many-requests");
        assertThat(owner.status()).isEqualTo(200);
        assertThat(owner.body()).contains("\"access\"");
        assertThat(logIn(ATTACKER, TestApi.PASSWORD).status()).as("the pause holds even for the right password").isEqualTo(429);
    }

    @Test
    void logIn_givenAnAccountUnderAttack_letsOnlyAddressesWithoutFailuresTry() {
        api = TestApi.start(stores -> stores, core -> core.loginLimits(LIMITS), settings -> settings);
        for (int i = 0; i < 3; i++) {
            logIn(ATTACKER, "guess-" + i);
        }
        logIn(SECOND_ATTACKER, "guess-a");
        assertThat(logIn(SECOND_ATTACKER, "guess-b").status()).as("the account's fifth failure").isEqualTo(401);

        Answer failedBefore = logIn(SECOND_ATTACKER, "guess-c");
        Answer firstTry = logIn(THIRD_ATTACKER, "guess-d");
        Answer secondTry = logIn(THIRD_ATTACKER, TestApi.PASSWORD);
        api.clock.advance(Duration.ofSeconds(8));
        Answer pausedOver = logIn(ATTACKER, TestApi.PASSWORD);

        assertThat(failedBefore.status()).isEqualTo(429);
        assertThat(failedBefore.header("Retry-After")).contains("60");
        assertThat(firstTry.status()).as("a new address tries once").isEqualTo(401);
        assertThat(secondTry.status()).isEqualTo(429);
        assertThat(pausedOver.status()).as("its pause is over, but it failed on an attacked account").isEqualTo(429);
        assertThat(logIn(OWNER, TestApi.PASSWORD).status()).isEqualTo(200);
        assertThat(logIn(OWNER, TestApi.PASSWORD).status()).as("a success leaves the owner's address clean").isEqualTo(200);
    }

    @Test
    void logIn_givenTheCountsCannotBeReached_answers503AndChecksNoPassword() {
        Unreachable counts = new Unreachable();
        api = TestApi.start(stores -> stores.withLoginAttempts(counts), core -> core, settings -> settings);
        counts.down = true;
        int loginsBefore = logins();

        Answer answer = logIn(OWNER, TestApi.PASSWORD);

        assertThat(answer.status()).isEqualTo(503);
        assertThat(answer.header("Retry-After")).contains("5");
        assertThat(answer.body()).doesNotContain("\"access\"");
        assertThat(logIn(ATTACKER, "guess").status()).isEqualTo(503);
        assertThat(logins()).as("no password was checked").isEqualTo(loginsBefore);
    }

    private int logins() {
        return (int) api.audit.actions().stream()
                .filter(action -> action.equals(AuditAction.LOGIN_FAILED) || action.equals(AuditAction.LOGIN_SUCCEEDED))
                .count();
    }

    /** Counts in memory until its database goes down, then failing as the PostgreSQL adapter reports it. */
    private static final class Unreachable implements LoginAttempts {

        private final LoginAttempts up = new InMemoryLoginAttempts();
        volatile boolean down;

        @Override
        public Attempt attempt(String key, Instant now, Pacing pacing) {
            check();
            return up.attempt(key, now, pacing);
        }

        @Override
        public int count(String key, Instant now) {
            check();
            return up.count(key, now);
        }

        @Override
        public void clear(String key) {
            check();
            up.clear(key);
        }

        @Override
        public int removeForgotten(Instant now) {
            check();
            return up.removeForgotten(now);
        }

        private void check() {
            if (down) {
                throw new Down();
            }
        }
    }

    private static final class Down extends OutsidePartUnavailableException {

        private static final long serialVersionUID = 1L;

        Down() {
            super("database", "PostgreSQL is unavailable: Connection refused", null);
        }
    }
}
