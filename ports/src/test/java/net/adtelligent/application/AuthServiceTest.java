package net.adtelligent.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import net.adtelligent.domain.audit.AuditAction;
import net.adtelligent.domain.audit.ClientInfo;
import net.adtelligent.domain.identity.IdentityRejection;
import net.adtelligent.domain.identity.RefreshToken;
import net.adtelligent.domain.identity.User;
import net.adtelligent.ports.in.Actor;
import net.adtelligent.ports.in.TokenPair;
import net.adtelligent.testing.MutableClock;
import net.adtelligent.testing.TestCore;
import org.junit.jupiter.api.Test;

class AuthServiceTest {

    private static final ClientInfo CLIENT = new ClientInfo("203.0.113.9", "test", "req-1");
    private static final String PASSWORD = "correct horse battery staple";

    private final MutableClock clock = new MutableClock();
    private final TestCore test = new TestCore(clock);
    private final User ada = test.core.manageUsers().createUser(Actor.system("test"), "Ada@Example.com", PASSWORD).get();

    private TokenPair logIn() {
        return test.core.authentication().logIn("ada@example.com", PASSWORD, CLIENT).get();
    }

    @Test
    void logIn_givenRightPasswordAndAnyCaseOfEmail_issuesTokensForTheUser() {
        TokenPair pair = test.core.authentication().logIn("ADA@example.com", PASSWORD, CLIENT).get();

        assertThat(test.core.authentication().authenticate(pair.access()).get()).isEqualTo(ada.id());
        assertThat(pair.refreshExpiresAt()).isEqualTo(clock.instant().plus(Duration.ofDays(7)));
    }

    @Test
    void logIn_givenWrongPasswordOrUnknownEmail_answersTheSameRejectionAndAuditsBoth() {
        var wrong = test.core.authentication().logIn("ada@example.com", "not the password", CLIENT);
        var unknown = test.core.authentication().logIn("nobody@example.com", PASSWORD, CLIENT);

        assertThat(wrong.getLeft()).isEqualTo(unknown.getLeft()).isEqualTo(new IdentityRejection.InvalidCredentials());
        assertThat(test.audit.actions()).containsSubsequence(AuditAction.LOGIN_FAILED, AuditAction.LOGIN_FAILED);
    }

    @Test
    void logIn_givenFiveFailuresForAnUnknownEmail_pausesItAsForAKnownOne() {
        for (int i = 0; i < 5; i++) {
            test.core.authentication().logIn("nobody@example.com", "guess-" + i, CLIENT);
            test.core.authentication().logIn("ada@example.com", "guess-" + i, CLIENT);
        }

        var unknown = test.core.authentication().logIn("nobody@example.com", PASSWORD, CLIENT);
        var known = test.core.authentication().logIn("ada@example.com", PASSWORD, CLIENT);

        assertThat(unknown.getLeft()).isEqualTo(known.getLeft()).isEqualTo(new IdentityRejection.TooManyAttempts(Duration.ofSeconds(1)));
        assertThat(test.audit.actions()).as("a paused attempt checks no password, so it logs no login")
                .filteredOn(AuditAction.LOGIN_FAILED::equals).hasSize(10);
        clock.advance(Duration.ofSeconds(1));
        assertThat(logIn()).isNotNull();
    }

    @Test
    void logIn_givenFailuresFromAnotherAddress_letsThisAddressIn() {
        ClientInfo attacker = new ClientInfo("198.51.100.7", "test", "req-2");
        for (int i = 0; i < 20; i++) {
            test.core.authentication().logIn("ada@example.com", "guess-" + i, attacker);
        }

        assertThat(test.core.authentication().logIn("ada@example.com", "guess-21", attacker).getLeft())
                .isInstanceOf(IdentityRejection.TooManyAttempts.class);
        assertThat(test.core.authentication().logIn("ada@example.com", PASSWORD, CLIENT).isRight()).isTrue();
    }

    @Test
    void refresh_givenActiveToken_rotatesIt() {
        TokenPair first = logIn();

        TokenPair second = test.core.authentication().refresh(first.refresh(), CLIENT).get();

        assertThat(second.refresh()).isNotEqualTo(first.refresh());
        assertThat(test.core.authentication().refresh(second.refresh(), CLIENT).isRight()).isTrue();
    }

    @Test
    void refresh_givenRotatedTokenUsedAgainAfterTheGrace_revokesTheWholeFamily() {
        TokenPair first = logIn();
        TokenPair second = test.core.authentication().refresh(first.refresh(), CLIENT).get();
        clock.advance(RefreshToken.REUSE_GRACE);

        var replay = test.core.authentication().refresh(first.refresh(), CLIENT);

        assertThat(replay.getLeft()).isInstanceOf(IdentityRejection.InvalidToken.class);
        assertThat(test.core.authentication().refresh(second.refresh(), CLIENT).getLeft())
                .isInstanceOf(IdentityRejection.InvalidToken.class);
        assertThat(test.audit.actions()).contains(AuditAction.TOKEN_FAMILY_REVOKED);
    }

    @Test
    void refresh_givenRotatedTokenUsedAgainMomentsLater_issuesAnotherSuccessorAndKeepsTheFamily() {
        TokenPair first = logIn();
        TokenPair second = test.core.authentication().refresh(first.refresh(), CLIENT).get();
        clock.advance(RefreshToken.REUSE_GRACE.minusMillis(1));

        TokenPair again = test.core.authentication().refresh(first.refresh(), CLIENT).get();

        assertThat(again.refresh()).isNotEqualTo(second.refresh()).isNotEqualTo(first.refresh());
        assertThat(test.core.authentication().refresh(second.refresh(), CLIENT).isRight()).isTrue();
        assertThat(test.core.authentication().refresh(again.refresh(), CLIENT).isRight()).isTrue();
        assertThat(test.audit.actions()).doesNotContain(AuditAction.TOKEN_FAMILY_REVOKED);
    }

    @Test
    void refresh_givenATokenUsedMomentsLaterAfterTheSessionEnded_isRefused() {
        TokenPair first = logIn();
        test.core.authentication().refresh(first.refresh(), CLIENT).get();
        test.core.authentication().logOut(first.refresh(), CLIENT);

        assertThat(test.core.authentication().refresh(first.refresh(), CLIENT).getLeft())
                .isInstanceOf(IdentityRejection.InvalidToken.class);
    }

    @Test
    void refresh_givenExpiredToken_isRefused() {
        TokenPair pair = logIn();
        clock.advance(Duration.ofDays(7));

        assertThat(test.core.authentication().refresh(pair.refresh(), CLIENT).isLeft()).isTrue();
    }

    @Test
    void logOut_givenRefreshToken_endsTheFamily() {
        TokenPair pair = logIn();

        test.core.authentication().logOut(pair.refresh(), CLIENT);

        assertThat(test.core.authentication().refresh(pair.refresh(), CLIENT).isLeft()).isTrue();
    }

    @Test
    void authenticate_givenExpiredAccessToken_isEmpty() {
        TokenPair pair = logIn();
        clock.advance(Duration.ofMinutes(15));

        assertThat(test.core.authentication().authenticate(pair.access())).isEmpty();
    }

    @Test
    void createUser_givenCommonOrShortPassword_namesThePasswordField() {
        var common = test.core.manageUsers().createUser(Actor.system("test"), "bob@example.com", "password1234");
        var shortOne = test.core.manageUsers().createUser(Actor.system("test"), "bob@example.com", "short");

        assertThat(((IdentityRejection.Invalid) common.getLeft()).violations().get(0).field()).isEqualTo("password");
        assertThat(((IdentityRejection.Invalid) shortOne.getLeft()).violations().get(0).reason()).contains("12");
    }

    @Test
    void createUser_givenEmailInOtherCase_isTaken() {
        var again = test.core.manageUsers().createUser(Actor.system("test"), "ADA@EXAMPLE.COM", PASSWORD);

        assertThat(again.getLeft()).isInstanceOf(IdentityRejection.EmailTaken.class);
    }
}
