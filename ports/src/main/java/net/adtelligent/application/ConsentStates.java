package net.adtelligent.application;

import io.vavr.control.Option;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;
import net.adtelligent.domain.tenant.TenantId;

/**
 * The state of a consent: {@code <tenant id>.<43 characters of randomness>}. The tenant part only
 * says where to look (the tenant's rows, under row-level security); the random part is stored only
 * as its SHA-256, so a database read gives no usable state. PKCE verifiers and S256 challenges too.
 */
final class ConsentStates {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();

    private ConsentStates() {
    }

    record Minted(String state, String hash) {
        @Override
        public String toString() {
            return "Minted[hash=" + hash + "]";
        }
    }

    record Parsed(TenantId tenant, String hash) {
    }

    static Minted mint(TenantId tenant) {
        String secret = random();
        return new Minted(tenant.value() + "." + secret, sha256Hex(secret));
    }

    /** None for text that cannot be a state this service issued. */
    static Option<Parsed> parse(String state) {
        int dot = state.indexOf('.');
        if (dot < 0 || state.length() - dot - 1 != 43) {
            return Option.none();
        }
        try {
            return Option.of(new Parsed(new TenantId(UUID.fromString(state.substring(0, dot))),
                    sha256Hex(state.substring(dot + 1))));
        } catch (IllegalArgumentException notUuid) {
            return Option.none();
        }
    }

    /** A PKCE code verifier: 43 characters of the unreserved set (RFC 7636). */
    static String verifier() {
        return random();
    }

    static String challenge(String verifier) {
        return URL.encodeToString(sha256(verifier.getBytes(StandardCharsets.US_ASCII)));
    }

    private static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return URL.encodeToString(bytes);
    }

    private static String sha256Hex(String text) {
        return HexFormat.of().formatHex(sha256(text.getBytes(StandardCharsets.US_ASCII)));
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException("the JDK lacks SHA-256", missing);
        }
    }
}
