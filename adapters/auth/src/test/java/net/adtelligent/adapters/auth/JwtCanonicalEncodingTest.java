package net.adtelligent.adapters.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Base64;
import net.adtelligent.domain.identity.UserId;
import org.junit.jupiter.api.Test;

/** Only the exact text issued verifies: no other spelling of the same bytes. */
class JwtCanonicalEncodingTest {

    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    private final JwtAccessTokens tokens = new JwtAccessTokens(
            SigningKeys.parse(Base64.getEncoder().encodeToString(SigningKeys.randomSecret()), null));
    private final UserId user = UserId.random();

    /** The text with its last character's unused trailing bit flipped: other text, the same bytes. */
    private static String withTrailingBitFlipped(String part) {
        char last = part.charAt(part.length() - 1);
        String flipped = part.substring(0, part.length() - 1) + ALPHABET.charAt(ALPHABET.indexOf(last) ^ 1);
        assertThat(Base64.getUrlDecoder().decode(flipped)).isEqualTo(Base64.getUrlDecoder().decode(part));
        return flipped;
    }

    private String[] issued() {
        return tokens.issue(user, NOW).token().split("\\.");
    }

    @Test
    void verify_givenSignatureWithTrailingBitsChanged_refusesIt() {
        String[] parts = issued();
        // 32 bytes of HS256 are 43 characters, 2 bits of the last one unused.
        assertThat(parts[2]).hasSize(43);

        String forged = parts[0] + "." + parts[1] + "." + withTrailingBitFlipped(parts[2]);

        assertThat(tokens.verify(forged, NOW)).isEmpty();
        assertThat(tokens.verify(String.join(".", parts), NOW)).containsExactly(user);
        assertThat(tokens.verify(forged, NOW)).isEmpty();
    }

    @Test
    void verify_givenPaddedSignature_refusesIt() {
        String[] parts = issued();

        assertThat(tokens.verify(parts[0] + "." + parts[1] + "." + parts[2] + "=", NOW)).isEmpty();
    }

    @Test
    void isCanonical_givenNonCanonicalOrMissingParts_isFalse() {
        String[] parts = issued();
        String token = String.join(".", parts);

        assertThat(CanonicalCompactJws.isCanonical(token)).isTrue();
        assertThat(CanonicalCompactJws.isCanonical(parts[0] + "." + parts[1] + ".")).isFalse();
        assertThat(CanonicalCompactJws.isCanonical(token + ".x")).isFalse();
        assertThat(CanonicalCompactJws.isCanonical(parts[0] + "." + parts[1] + "." + parts[2].replace('-', '+')))
                .isEqualTo(!parts[2].contains("-"));
        assertThat(CanonicalCompactJws.isCanonical("a.b.c")).isFalse();
    }
}
