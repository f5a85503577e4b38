package net.adtelligent.adapters.auth;

import java.util.Base64;

/**
 * Whether a compact JWS is three parts of canonical base64url without padding. A base64 text whose
 * unused trailing bits are not zero decodes to the same bytes as the canonical one, so a lenient
 * decoder accepts many texts for one signed token: a copy nobody signed would then verify, and
 * anything that tells tokens apart by their text (a deny list, the memory of verified tokens, a log
 * search) would see a token it does not know. Only the text we issue, bit for bit, is accepted.
 */
final class CanonicalCompactJws {

    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    private CanonicalCompactJws() {
    }

    static boolean isCanonical(String token) {
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3) {
            return false;
        }
        for (String part : parts) {
            if (part.isEmpty() || !canonical(part)) {
                return false;
            }
        }
        return true;
    }

    private static boolean canonical(String part) {
        try {
            return ENCODER.encodeToString(DECODER.decode(part)).equals(part);
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
    }
}
