package net.adtelligent.application;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The Standard Webhooks signature: webhook-signature holds one or more space-separated
 * {@code v1,<base64 HMAC-SHA256>} of {@code id.timestamp.body}, keyed with the bytes of a
 * {@code whsec_<base64>} secret; webhook-timestamp (Unix seconds) must be within the tolerance of
 * now, so a captured delivery cannot be replayed later.
 */
final class StandardWebhookSignature {

    private static final String PREFIX = "whsec_";

    private final List<byte[]> keys;
    private final Duration tolerance;

    StandardWebhookSignature(List<String> secrets, Duration tolerance) {
        this.keys = secrets.stream().map(StandardWebhookSignature::key).toList();
        this.tolerance = tolerance;
    }

    /** The key bytes of a {@code whsec_} secret; refused without repeating it. */
    static byte[] key(String secret) {
        if (!secret.startsWith(PREFIX)) {
            throw new IllegalArgumentException("a signing secret starts with whsec_ followed by base64");
        }
        try {
            byte[] key = Base64.getDecoder().decode(secret.substring(PREFIX.length()));
            if (key.length < 24) {
                throw new IllegalArgumentException("a signing secret needs at least 24 bytes after whsec_");
            }
            return key;
        } catch (IllegalArgumentException notBase64) {
            throw new IllegalArgumentException("a signing secret starts with whsec_ followed by base64 of at least 24 bytes");
        }
    }

    boolean valid(String id, String timestamp, String signatures, byte[] body, Instant now) {
        long seconds;
        try {
            seconds = Long.parseLong(timestamp.strip());
        } catch (NumberFormatException notSeconds) {
            return false;
        }
        if (Math.abs(now.getEpochSecond() - seconds) > tolerance.toSeconds()) {
            return false;
        }
        byte[] signed = signedContent(id, timestamp.strip(), body);
        boolean valid = false;
        for (byte[] key : keys) {
            byte[] expected = hmac(key, signed);
            for (String candidate : signatures.strip().split(" +")) {
                // Every candidate against every key, without stopping at a match: the time taken says nothing.
                valid |= candidate.startsWith("v1,") && MessageDigest.isEqual(expected, decoded(candidate.substring(3)));
            }
        }
        return valid;
    }

    private static byte[] signedContent(String id, String timestamp, byte[] body) {
        byte[] prefix = (id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8);
        byte[] content = new byte[prefix.length + body.length];
        System.arraycopy(prefix, 0, content, 0, prefix.length);
        System.arraycopy(body, 0, content, prefix.length, body.length);
        return content;
    }

    private static byte[] decoded(String base64) {
        try {
            return Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException notBase64) {
            return new byte[0];
        }
    }

    private static byte[] hmac(byte[] key, byte[] content) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(content);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java platform has HmacSHA256", e);
        }
    }
}
