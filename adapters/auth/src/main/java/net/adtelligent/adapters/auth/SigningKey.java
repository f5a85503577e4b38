package net.adtelligent.adapters.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * One HMAC key and the id tokens name it by. The id is derived from the key (first 8 bytes of its
 * SHA-256, base64url), so configuration only lists keys and a rotated key keeps its id everywhere.
 * The secret stays inside: no getter, and toString shows the id only.
 */
final class SigningKey {

    static final int MIN_BYTES = 32;

    private final String id;
    private final JWSSigner signer;
    private final JWSVerifier verifier;
    private final byte[] secret;

    SigningKey(byte[] secret) {
        if (secret.length < MIN_BYTES) {
            throw new IllegalArgumentException("a JWT signing key must be at least " + MIN_BYTES + " bytes");
        }
        this.id = idOf(secret);
        this.secret = secret.clone();
        try {
            // Thread-safe, so built once and shared by every request. nimbus keeps the array it is
            // given, not a copy: each gets its own, so the caller's array changing cannot touch them.
            this.signer = new MACSigner(secret.clone());
            this.verifier = new MACVerifier(secret.clone());
        } catch (JOSEException e) {
            throw new IllegalArgumentException("nimbus refused the JWT signing key: " + e.getMessage(), e);
        }
    }

    String id() {
        return id;
    }

    JWSSigner signer() {
        return signer;
    }

    JWSVerifier verifier() {
        return verifier;
    }

    /**
     * A key of its own for another purpose, derived so that it tells nothing of this one:
     * HMAC-SHA256 of the purpose's name under this key.
     */
    byte[] derive(String purpose) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return mac.doFinal(purpose.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has HmacSHA256", e);
        }
    }

    private static String idOf(byte[] secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return "SigningKey[" + id + "]";
    }
}
