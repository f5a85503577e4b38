package net.adtelligent.adapters.auth;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.vavr.control.Option;
import java.security.SecureRandom;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Date;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import net.adtelligent.domain.identity.UserId;
import net.adtelligent.ports.out.AccessTokens;

/**
 * HS256-signed JWTs (nimbus-jose-jwt): sub, iat, exp, iss and a random jti, with the signing key's
 * id in the header. Verification is pinned to HS256 and to our own keys, whatever the header asks
 * for: a token saying "none", RS256 or HS512 is refused before any signature check (alg confusion).
 * Only canonical base64url is read ({@link CanonicalCompactJws}): no second spelling of a token verifies.
 *
 * <p>A dashboard sends the same token with every request for up to {@link #LIFETIME}: a token whose
 * signature and claims were accepted once is remembered (the token's exact text, its subject and
 * times), and only its times are checked again on the next request. Refused tokens are never
 * remembered, so made-up tokens cannot fill the memory. Keys are fixed for the life of the process,
 * so a signature that verified once verifies again.
 */
public final class JwtAccessTokens implements AccessTokens {

    public static final Duration LIFETIME = Duration.ofMinutes(15);
    public static final String ISSUER = "adtelligent";
    /**
     * How far in the future iat may be, for instances whose clocks differ a little. Expiry gets no
     * leeway: a token is refused at exp, so "expires at" means what it says.
     */
    static final Duration CLOCK_SKEW = Duration.ofSeconds(5);
    // Ours are about 300 characters; anything far longer is not ours and is not worth parsing.
    private static final int MAX_TOKEN_LENGTH = 4096;

    /** Tokens with accepted signature and claims; their times are checked again on every use. */
    private record Verified(UserId user, Instant issuedAt, Instant expiresAt) {
    }

    /** About the sessions active in one access-token lifetime on one instance; a few MB at most. */
    private static final long REMEMBERED = 10_000;

    private final SigningKeys keys;
    private final SecureRandom random = new SecureRandom();
    private final Cache<String, Verified> verified = Caffeine.newBuilder()
            .expireAfterWrite(LIFETIME.plus(CLOCK_SKEW))
            .maximumSize(REMEMBERED)
            .build();

    public JwtAccessTokens(SigningKeys keys) {
        this.keys = Objects.requireNonNull(keys, "keys");
    }

    @Override
    public IssuedAccessToken issue(UserId user, Instant now) {
        // JWT times are whole seconds: truncate first so expiresAt is exactly what the token says.
        Instant issuedAt = now.truncatedTo(ChronoUnit.SECONDS);
        Instant expiresAt = issuedAt.plus(LIFETIME);
        SigningKey key = keys.current();
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(key.id()).type(JOSEObjectType.JWT).build();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .subject(user.value().toString())
                .issueTime(Date.from(issuedAt))
                .expirationTime(Date.from(expiresAt))
                .jwtID(randomId())
                .build();
        SignedJWT jwt = new SignedJWT(header, claims);
        try {
            jwt.sign(key.signer());
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign an access token", e);
        }
        return new IssuedAccessToken(jwt.serialize(), expiresAt);
    }

    @Override
    public Option<UserId> verify(String token, Instant now) {
        if (token == null || token.length() > MAX_TOKEN_LENGTH || !CanonicalCompactJws.isCanonical(token)) {
            return Option.none();
        }
        Verified known = verified.getIfPresent(token);
        if (known != null) {
            return inTime(known, now);
        }
        Option<Verified> checked = check(token);
        checked.forEach(accepted -> verified.put(token, accepted));
        return checked.flatMap(accepted -> inTime(accepted, now));
    }

    private Option<Verified> check(String token) {
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm())) {
                return Option.none();
            }
            Optional<SigningKey> key = keys.byId(jwt.getHeader().getKeyID());
            if (key.isEmpty() || !jwt.verify(key.get().verifier())) {
                return Option.none();
            }
            return claims(jwt.getJWTClaimsSet());
        } catch (ParseException | JOSEException | RuntimeException rejected) {
            // The token comes from outside: whatever is wrong with it, the answer is "not valid".
            return Option.none();
        }
    }

    private static Option<Verified> claims(JWTClaimsSet claims) {
        Date issuedAt = claims.getIssueTime();
        Date expiresAt = claims.getExpirationTime();
        if (!ISSUER.equals(claims.getIssuer()) || claims.getSubject() == null || issuedAt == null || expiresAt == null) {
            return Option.none();
        }
        return Option.some(new Verified(new UserId(UUID.fromString(claims.getSubject())), issuedAt.toInstant(),
                expiresAt.toInstant()));
    }

    private static Option<UserId> inTime(Verified token, Instant now) {
        if (token.issuedAt().isAfter(now.plus(CLOCK_SKEW)) || !now.isBefore(token.expiresAt())) {
            return Option.none();
        }
        return Option.some(token.user());
    }

    private String randomId() {
        byte[] id = new byte[16];
        random.nextBytes(id);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(id);
    }

    @Override
    public String toString() {
        return "JwtAccessTokens[" + keys + "]";
    }
}
