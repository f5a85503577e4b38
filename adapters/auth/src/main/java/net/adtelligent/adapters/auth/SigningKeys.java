package net.adtelligent.adapters.auth;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The keys access tokens are signed with: the current one signs, the current and the previous ones
 * verify. To rotate, make a new key current and list the old one as previous for at least one
 * token lifetime (15 minutes), then drop it. Key material is never shown: toString names key ids.
 */
public final class SigningKeys {

    /** Configuration names, used in error messages so an operator knows which setting to fix. */
    public static final String CURRENT_KEY_SETTING = "ADT_JWT_SIGNING_KEY";
    public static final String PREVIOUS_KEYS_SETTING = "ADT_JWT_PREVIOUS_KEYS";
    /** 256 bits: HS256's own output size, and nimbus refuses anything shorter. */
    public static final int MIN_KEY_BYTES = SigningKey.MIN_BYTES;

    private static final SecureRandom RANDOM = new SecureRandom();

    private final SigningKey current;
    private final Map<String, SigningKey> byId = new LinkedHashMap<>();

    SigningKeys(SigningKey current, List<SigningKey> previous) {
        this.current = Objects.requireNonNull(current, "current");
        byId.put(current.id(), current);
        previous.forEach(key -> byId.putIfAbsent(key.id(), key));
    }

    /**
     * Keys from configuration: base64 or base64url, padded or not. previousCommaSeparated may be
     * null or blank (no rotation in progress).
     */
    public static SigningKeys parse(String current, String previousCommaSeparated) {
        SigningKey key = decode(current, CURRENT_KEY_SETTING);
        List<SigningKey> previous = new ArrayList<>();
        if (previousCommaSeparated != null && !previousCommaSeparated.isBlank()) {
            String[] entries = previousCommaSeparated.split(",");
            for (int i = 0; i < entries.length; i++) {
                previous.add(decode(entries[i], PREVIOUS_KEYS_SETTING + " entry " + (i + 1)));
            }
        }
        return new SigningKeys(key, previous);
    }

    /** A fresh random key and no previous ones: tokens die with the process (embedded default). */
    public static SigningKeys generate() {
        return new SigningKeys(new SigningKey(randomSecret()), List.of());
    }

    /**
     * The keys in file, created with one fresh key (owner-only, 0600) when it does not exist yet, so
     * tokens survive a restart without configuration. The first key line is current, the others previous.
     */
    public static SigningKeys loadOrCreate(Path file) {
        return SigningKeyFile.loadOrCreate(file);
    }

    /**
     * A key for another purpose of this installation (the fingerprints of connection credentials),
     * derived from the current signing key: stable while it is, new after a rotation.
     */
    public byte[] derivedKey(String purpose) {
        return current.derive(purpose);
    }

    public String currentKeyId() {
        return current.id();
    }

    /** Every key id that verifies, current first. */
    public List<String> keyIds() {
        return List.copyOf(byId.keySet());
    }

    SigningKey current() {
        return current;
    }

    Optional<SigningKey> byId(String keyId) {
        return Optional.ofNullable(keyId).map(byId::get);
    }

    static byte[] randomSecret() {
        byte[] secret = new byte[MIN_KEY_BYTES];
        RANDOM.nextBytes(secret);
        return secret;
    }

    /** what names the setting or file line in the message; the value itself never appears in it. */
    static SigningKey decode(String encoded, String what) {
        String hint = what + " must be at least " + MIN_KEY_BYTES + " bytes of base64 (try: openssl rand -base64 32)";
        if (encoded == null || encoded.isBlank()) {
            throw new IllegalArgumentException(hint + "; it is empty");
        }
        byte[] secret;
        try {
            String standard = encoded.strip().replace('-', '+').replace('_', '/');
            secret = Base64.getDecoder().decode(standard);
        } catch (IllegalArgumentException notBase64) {
            throw new IllegalArgumentException(hint + "; it is not base64");
        }
        if (secret.length < MIN_KEY_BYTES) {
            throw new IllegalArgumentException(hint + "; it has " + secret.length);
        }
        return new SigningKey(secret);
    }

    @Override
    public String toString() {
        return "SigningKeys[current=" + current.id() + ", verifying=" + byId.keySet() + "]";
    }
}
