package net.adtelligent.memory;

import io.vavr.control.Option;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/** AES-GCM with a random 96-bit nonce and a 128-bit tag, the JDK's own, for the in-memory vault. */
final class Gcm {

    static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private Gcm() {
    }

    static byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    static byte[] encrypt(byte[] key, byte[] nonce, byte[] plaintext, byte[] aad) {
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, key, nonce, aad);
            return cipher.doFinal(plaintext);
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException("AES-GCM is missing from this JVM", impossible);
        }
    }

    /** None when the tag does not verify: changed bytes, another key or other associated data. */
    static Option<byte[]> decrypt(byte[] key, byte[] nonce, byte[] ciphertext, byte[] aad) {
        if (nonce.length != NONCE_BYTES || key.length != 32) {
            return Option.none();
        }
        try {
            return Option.of(cipher(Cipher.DECRYPT_MODE, key, nonce, aad).doFinal(ciphertext));
        } catch (AEADBadTagException notAuthentic) {
            return Option.none();
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException("AES-GCM is missing from this JVM", impossible);
        }
    }

    /** Wraps as nonce ‖ ciphertext ‖ tag. */
    static byte[] wrap(byte[] key, byte[] plaintext, byte[] aad) {
        byte[] nonce = randomBytes(NONCE_BYTES);
        byte[] sealed = encrypt(key, nonce, plaintext, aad);
        return ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
    }

    static Option<byte[]> unwrap(byte[] key, byte[] wrapped, byte[] aad) {
        if (wrapped.length <= NONCE_BYTES) {
            return Option.none();
        }
        return decrypt(key, Arrays.copyOf(wrapped, NONCE_BYTES),
                Arrays.copyOfRange(wrapped, NONCE_BYTES, wrapped.length), aad);
    }

    private static Cipher cipher(int mode, byte[] key, byte[] nonce, byte[] aad) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(aad);
        return cipher;
    }
}
