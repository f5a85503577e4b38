package net.adtelligent.adapters.auth;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import net.adtelligent.domain.identity.UserId;
import net.adtelligent.ports.out.AccessTokens.IssuedAccessToken;
import org.junit.jupiter.api.Test;

class JwtAccessTokensTest {

    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00.250Z");
    private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();

    private final byte[] oldSecret = SigningKeys.randomSecret();
    private final byte[] newSecret = SigningKeys.randomSecret();
    private final SigningKeys oldKeys = SigningKeys.parse(encode(oldSecret), null);
    private final SigningKeys rotatedKeys = SigningKeys.parse(encode(newSecret), encode(oldSecret));
    private final JwtAccessTokens tokens = new JwtAccessTokens(rotatedKeys);
    private final UserId user = UserId.random();

    @Test
    void verify_givenFreshlyIssuedToken_answersItsUser() {
        IssuedAccessToken issued = tokens.issue(user, NOW);

        assertThat(issued.expiresAt()).isEqualTo(Instant.parse("2026-11-26T10:15:00Z"));
        assertThat(tokens.verify(issued.token(), NOW)).containsExactly(user);
        assertThat(tokens.verify(issued.token(), issued.expiresAt().minusSeconds(1))).containsExactly(user);
    }

    @Test
    void verify_givenTokenAtItsExpiry_refusesIt() {
        IssuedAccessToken issued = tokens.issue(user, NOW);

        assertThat(tokens.verify(issued.token(), issued.expiresAt())).isEmpty();
        assertThat(tokens.verify(issued.token(), NOW.plus(JwtAccessTokens.LIFETIME).plusSeconds(60))).isEmpty();
    }

    @Test
    void verify_givenATokenAcceptedBefore_checksItsTimesAgain() {
        IssuedAccessToken issued = tokens.issue(user, NOW);
        assertThat(tokens.verify(issued.token(), NOW)).containsExactly(user);

        assertThat(tokens.verify(issued.token(), NOW.plus(JwtAccessTokens.LIFETIME).minusSeconds(1))).containsExactly(user);
        assertThat(tokens.verify(issued.token(), issued.expiresAt())).isEmpty();
        assertThat(tokens.verify(issued.token(), NOW.minus(JwtAccessTokens.CLOCK_SKEW).minusSeconds(60))).isEmpty();
    }

    @Test
    void verify_givenATamperedCopyOfATokenAcceptedBefore_refusesIt() {
        String token = tokens.issue(user, NOW).token();
        assertThat(tokens.verify(token, NOW)).containsExactly(user);
        String[] parts = token.split("\\.");
        String otherUser = new String(Base64.getUrlDecoder().decode(parts[1]), UTF_8)
                .replace(user.value().toString(), UserId.random().value().toString());

        assertThat(tokens.verify(parts[0] + "." + URL.encodeToString(otherUser.getBytes(UTF_8)) + "." + parts[2], NOW)).isEmpty();
        assertThat(tokens.verify(token + "x", NOW)).isEmpty();
    }

    @Test
    void verify_givenTokenIssuedWellAfterNow_refusesIt() {
        assertThat(tokens.verify(tokens.issue(user, NOW.plusSeconds(60)).token(), NOW)).isEmpty();
    }

    @Test
    void verify_givenTokenFromThePreviousKeyAfterRotation_acceptsIt() {
        String beforeRotation = new JwtAccessTokens(oldKeys).issue(user, NOW).token();

        assertThat(tokens.verify(beforeRotation, NOW.plusSeconds(60))).containsExactly(user);
        assertThat(header(tokens.issue(user, NOW).token())).contains("\"kid\":\"" + rotatedKeys.currentKeyId() + "\"");
    }

    @Test
    void verify_givenTokenFromAnUnknownKey_refusesIt() {
        String foreign = new JwtAccessTokens(SigningKeys.generate()).issue(user, NOW).token();

        assertThat(tokens.verify(foreign, NOW)).isEmpty();
        assertThat(new JwtAccessTokens(oldKeys).verify(tokens.issue(user, NOW).token(), NOW)).isEmpty();
    }

    @Test
    void issue_givenAnyUser_namesTheKeyAndTheAlgorithmInTheHeader() {
        String header = header(tokens.issue(user, NOW).token());

        assertThat(header).contains("\"alg\":\"HS256\"", "\"kid\":\"" + rotatedKeys.currentKeyId() + "\"");
    }

    @Test
    void verify_givenTamperedPayload_refusesIt() {
        String[] parts = tokens.issue(user, NOW).token().split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), UTF_8)
                .replace(user.toString(), UserId.random().toString());

        assertThat(tokens.verify(parts[0] + "." + URL.encodeToString(payload.getBytes(UTF_8)) + "." + parts[2], NOW)).isEmpty();
    }

    @Test
    void verify_givenAlgNoneWithoutSignature_refusesIt() {
        String header = "{\"alg\":\"none\",\"typ\":\"JWT\",\"kid\":\"" + rotatedKeys.currentKeyId() + "\"}";

        assertThat(tokens.verify(base64(header) + "." + base64(payload("adtelligent")) + ".", NOW)).isEmpty();
    }

    @Test
    void verify_givenOtherAlgorithmSignedWithOurKey_refusesIt() throws Exception {
        // A valid HS512 signature by the right key, long enough for HS512 (nimbus would accept it):
        // only HS256 is ever accepted, whatever the header says.
        byte[] longSecret = new byte[64];
        new SecureRandom().nextBytes(longSecret);
        SigningKeys keys = SigningKeys.parse(encode(longSecret), null);
        String signingInput = base64("{\"alg\":\"HS512\",\"kid\":\"" + keys.currentKeyId() + "\"}")
                + "." + base64(payload("adtelligent"));
        Mac mac = Mac.getInstance("HmacSHA512");
        mac.init(new SecretKeySpec(longSecret, "HmacSHA512"));

        String token = signingInput + "." + URL.encodeToString(mac.doFinal(signingInput.getBytes(UTF_8)));
        assertThat(new JwtAccessTokens(keys).verify(token, NOW)).isEmpty();
    }

    @Test
    void verify_givenTokenOfAnotherIssuer_refusesIt() throws Exception {
        String header = "{\"alg\":\"HS256\",\"kid\":\"" + rotatedKeys.currentKeyId() + "\"}";

        assertThat(tokens.verify(hs256(header, payload("someone-else")), NOW)).isEmpty();
    }

    @Test
    void verify_givenGarbage_refusesIt() {
        assertThat(tokens.verify("", NOW)).isEmpty();
        assertThat(tokens.verify(null, NOW)).isEmpty();
        assertThat(tokens.verify("not.a.jwt", NOW)).isEmpty();
        assertThat(tokens.verify("a".repeat(10_000), NOW)).isEmpty();
        assertThat(tokens.verify(tokens.issue(user, NOW).token() + "x", NOW)).isEmpty();
    }

    @Test
    void verify_givenTokenWithoutKeyId_refusesIt() throws Exception {
        assertThat(tokens.verify(hs256("{\"alg\":\"HS256\"}", payload("adtelligent")), NOW)).isEmpty();
    }

    private String payload(String issuer) {
        long iat = NOW.getEpochSecond();
        return "{\"sub\":\"" + user + "\",\"iss\":\"" + issuer + "\",\"iat\":" + iat + ",\"exp\":" + (iat + 900) + "}";
    }

    private String hs256(String header, String payload) throws Exception {
        String signingInput = base64(header) + "." + base64(payload);
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(newSecret, "HmacSHA256"));
        return signingInput + "." + URL.encodeToString(mac.doFinal(signingInput.getBytes(UTF_8)));
    }

    private static String header(String token) {
        return new String(Base64.getUrlDecoder().decode(token.split("\\.")[0]), UTF_8);
    }

    private static String base64(String json) {
        return URL.encodeToString(json.getBytes(UTF_8));
    }

    private static String encode(byte[] secret) {
        return Base64.getEncoder().encodeToString(secret);
    }
}
