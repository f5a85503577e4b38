package net.adtelligent.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import net.adtelligent.domain.audit.ClientInfo;
import net.adtelligent.domain.identity.IdentityRejection;
import net.adtelligent.ports.in.Actor;
import net.adtelligent.ports.in.TokenPair;
import net.adtelligent.testing.MutableClock;
import net.adtelligent.testing.TestCore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PasswordResetServiceTest {

    private static final ClientInfo CLIENT = new ClientInfo("203.0.113.9", "test", "req-1");
    private static final String OLD = "correct horse battery staple";
    private static final String NEW = "purple monkey dishwasher 42";

    private final MutableClock clock = new MutableClock();
    private final TestCore test = new TestCore(clock);

    @BeforeEach
    void createUser() {
        test.core.manageUsers().createUser(Actor.system("test"), "ada@example.com", OLD);
    }

    @Test
    void request_givenUnknownEmail_sendsNothing() {
        test.core.passwordReset().request("nobody@example.com", CLIENT);

        assertThat(test.mailer.sent()).isEmpty();
    }

    @Test
    void confirm_givenMailedToken_setsThePasswordAndEndsEverySession() {
        TokenPair session = test.core.authentication().logIn("ada@example.com", OLD, CLIENT).get();
        test.core.passwordReset().request("ada@example.com", CLIENT);

        var done = test.core.passwordReset().confirm(test.mailer.lastTokenFor("ada@example.com"), NEW, CLIENT);

        assertThat(done.isRight()).isTrue();
        assertThat(test.core.authentication().logIn("ada@example.com", NEW, CLIENT).isRight()).isTrue();
        assertThat(test.core.authentication().logIn("ada@example.com", OLD, CLIENT).isLeft()).isTrue();
        assertThat(test.core.authentication().refresh(session.refresh(), CLIENT).isLeft()).isTrue();
    }

    @Test
    void confirm_givenANewerResetDone_refusesTheOlderToken() {
        test.core.passwordReset().request("ada@example.com", CLIENT);
        String older = test.mailer.lastTokenFor("ada@example.com");
        test.core.passwordReset().request("ada@example.com", CLIENT);
        String newer = test.mailer.lastTokenFor("ada@example.com");
        test.core.passwordReset().confirm(newer, NEW, CLIENT).get();

        var withOlder = test.core.passwordReset().confirm(older, "another long passphrase 7", CLIENT);

        assertThat(withOlder.getLeft()).isInstanceOf(IdentityRejection.InvalidToken.class);
        assertThat(test.core.authentication().logIn("ada@example.com", NEW, CLIENT).isRight()).isTrue();
    }

    @Test
    void confirm_givenAnOlderResetDone_refusesTheNewerToken() {
        test.core.passwordReset().request("ada@example.com", CLIENT);
        String older = test.mailer.lastTokenFor("ada@example.com");
        test.core.passwordReset().request("ada@example.com", CLIENT);
        String newer = test.mailer.lastTokenFor("ada@example.com");
        test.core.passwordReset().confirm(older, NEW, CLIENT).get();

        assertThat(test.core.passwordReset().confirm(newer, "another long passphrase 7", CLIENT).isLeft()).isTrue();
    }

    @Test
    void confirm_givenTokenUsedOnce_refusesTheSecondUse() {
        test.core.passwordReset().request("ada@example.com", CLIENT);
        String token = test.mailer.lastTokenFor("ada@example.com");
        test.core.passwordReset().confirm(token, NEW, CLIENT);

        var again = test.core.passwordReset().confirm(token, "another long passphrase 7", CLIENT);

        assertThat(again.getLeft()).isInstanceOf(IdentityRejection.InvalidToken.class);
    }

    @Test
    void confirm_givenWeakPassword_keepsTheTokenUsable() {
        test.core.passwordReset().request("ada@example.com", CLIENT);
        String token = test.mailer.lastTokenFor("ada@example.com");

        var weak = test.core.passwordReset().confirm(token, "password1234", CLIENT);
        var strong = test.core.passwordReset().confirm(token, NEW, CLIENT);

        assertThat(weak.getLeft()).isInstanceOf(IdentityRejection.Invalid.class);
        assertThat(strong.isRight()).isTrue();
    }

    @Test
    void confirm_givenTokenOlderThanThirtyMinutes_isRefused() {
        test.core.passwordReset().request("ada@example.com", CLIENT);
        clock.advance(Duration.ofMinutes(30));

        var late = test.core.passwordReset().confirm(test.mailer.lastTokenFor("ada@example.com"), NEW, CLIENT);

        assertThat(late.getLeft()).isInstanceOf(IdentityRejection.InvalidToken.class);
    }
}
