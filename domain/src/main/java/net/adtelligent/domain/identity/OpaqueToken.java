package net.adtelligent.domain.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * A random token handed to a user (refresh, password reset, invitation) and its SHA-256 hash,
 * which is all that is stored: a copy of the database gives nobody a usable token. 32 random
 * bytes make guessing hopeless, so a fast hash is enough (no salt or stretching needed).
 */
public record OpaqueToken(String plain, String hash) {

    private static final SecureRandom RANDOM = new SecureRandom();

    public static OpaqueToken generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String plain = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        return new OpaqueToken(plain, hashOf(plain));
    }

    public static String hashOf(String plain) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(plain.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException("every Java runtime has SHA-256", missing);
        }
    }

    @Override
    public String toString() {
        return "OpaqueToken[hash=" + hash + "]";
    }
}
