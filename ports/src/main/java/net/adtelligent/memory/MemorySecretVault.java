package net.adtelligent.memory;

import io.vavr.control.Either;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import net.adtelligent.domain.secret.OpenFailure;
import net.adtelligent.domain.secret.SealedSecret;
import net.adtelligent.domain.secret.SecretPurpose;
import net.adtelligent.domain.tenant.TenantId;
import net.adtelligent.ports.out.ComponentHealth;
import net.adtelligent.ports.out.SecretVault;

/**
 * AES-256-GCM under one random key that lives as long as this object, with the tenant's id and the
 * purpose as associated data: a value sealed for another tenant or purpose does not open, and
 * nothing sealed here opens after the process ends. For tests and tools that keep nothing.
 */
public final class MemorySecretVault implements SecretVault {

    static final String ALGORITHM = "AES-256-GCM";
    private static final String KEY_ID = "memory";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecureRandom random = new SecureRandom();
    private final SecretKey key;

    public MemorySecretVault() {
        try {
            KeyGenerator generator = KeyGenerator.getInstance("AES");
            generator.init(256, random);
            this.key = generator.generateKey();
        } catch (GeneralSecurityException notInThisJdk) {
            throw new IllegalStateException("AES is missing from this JDK", notInThisJdk);
        }
    }

    @Override
    public SealedSecret seal(TenantId tenant, SecretPurpose purpose, byte[] plaintext) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, nonce, tenant, purpose);
            return new SealedSecret(ALGORITHM, KEY_ID, 1, new byte[0], nonce, cipher.doFinal(plaintext));
        } catch (GeneralSecurityException notInThisJdk) {
            throw new IllegalStateException("AES-GCM is missing from this JDK", notInThisJdk);
        }
    }

    @Override
    public Either<OpenFailure, byte[]> open(TenantId tenant, SecretPurpose purpose, SealedSecret sealed) {
        if (!ALGORITHM.equals(sealed.algorithm())) {
            return Either.left(OpenFailure.UNSUPPORTED_ALGORITHM);
        }
        if (!KEY_ID.equals(sealed.masterKeyId())) {
            return Either.left(OpenFailure.UNKNOWN_KEY);
        }
        try {
            return Either.right(cipher(Cipher.DECRYPT_MODE, sealed.nonce(), tenant, purpose).doFinal(sealed.ciphertext()));
        } catch (AEADBadTagException notAuthentic) {
            return Either.left(OpenFailure.NOT_AUTHENTIC);
        } catch (GeneralSecurityException | IllegalArgumentException malformed) {
            return Either.left(OpenFailure.NOT_AUTHENTIC);
        }
    }

    @Override
    public String component() {
        return "secrets";
    }

    @Override
    public ComponentHealth probe() {
        return new ComponentHealth(component(), true, "in-process key");
    }

    private Cipher cipher(int mode, byte[] nonce, TenantId tenant, SecretPurpose purpose)
            throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD((tenant.value() + "/" + purpose.label()).getBytes(StandardCharsets.UTF_8));
        return cipher;
    }
}
