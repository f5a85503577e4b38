package net.adtelligent.ports.out;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import net.adtelligent.domain.identity.UserId;
import org.junit.jupiter.api.Test;

/** What every AccessTokens must do: fifteen minutes, one user, nothing forgeable. */
public abstract class AccessTokensContract {

    private static final Instant NOW = Instant.parse("2026-11-26T08:00:00Z");

    protected abstract AccessTokens tokens();

    @Test
    void verify_givenFreshToken_answersItsUser() {
        UserId ada = UserId.random();
        AccessTokens.IssuedAccessToken issued = tokens().issue(ada, NOW);

        assertThat(tokens().verify(issued.token(), NOW.plusSeconds(60)).get()).isEqualTo(ada);
        assertThat(issued.expiresAt()).isEqualTo(NOW.plus(Duration.ofMinutes(15)));
    }

    @Test
    void verify_givenTokenAtItsExpiry_isEmpty() {
        AccessTokens.IssuedAccessToken issued = tokens().issue(UserId.random(), NOW);

        assertThat(tokens().verify(issued.token(), issued.expiresAt())).isEmpty();
    }

    @Test
    void verify_givenGarbageOrAlteredToken_isEmpty() {
        String token = tokens().issue(UserId.random(), NOW).token();

        assertThat(tokens().verify("garbage", NOW)).isEmpty();
        assertThat(tokens().verify("", NOW)).isEmpty();
        assertThat(tokens().verify(altered(token), NOW)).isEmpty();
    }

    /** One character near the end changed (not the last: base64's final bits may be padding). */
    private static String altered(String token) {
        int at = token.length() - 5;
        char replacement = token.charAt(at) == 'A' ? 'B' : 'A';
        return token.substring(0, at) + replacement + token.substring(at + 1);
    }
}
