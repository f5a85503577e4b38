package net.adtelligent.application;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Short fingerprints of credential values: HMAC-SHA256 under the installation's key, of the field
 * name and the value, cut to 12 hex digits. Keyed, so a fingerprint cannot be checked against
 * guessed values by anyone without the key; short, so it only tells values apart for a person
 * comparing them.
 */
final class CredentialPrints {

    private static final int HEX_DIGITS = 12;

    private final SecretKeySpec key;

    CredentialPrints(byte[] key) {
        if (key.length < 32) {
            throw new IllegalArgumentException("a fingerprint key needs at least 32 bytes");
        }
        this.key = new SecretKeySpec(key.clone(), "HmacSHA256");
    }

    Map<String, String> of(Map<String, String> fields) {
        Map<String, String> prints = new TreeMap<>();
        fields.forEach((name, value) -> prints.put(name, of(name, value)));
        return prints;
    }

    private String of(String field, String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(field.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8))).substring(0, HEX_DIGITS);
        } catch (GeneralSecurityException notInThisJdk) {
            throw new IllegalStateException("HmacSHA256 is missing from this JDK", notInThisJdk);
        }
    }
}
