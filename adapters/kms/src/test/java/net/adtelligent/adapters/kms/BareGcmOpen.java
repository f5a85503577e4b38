package net.adtelligent.adapters.kms;

import java.security.GeneralSecurityException;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import net.adtelligent.domain.secret.SealedSecret;
import net.adtelligent.domain.secret.SecretPurpose;
import net.adtelligent.domain.tenant.TenantId;

/**
 * The benchmarks' baseline for opening a sealed secret: the JDK's AES-GCM decrypt of the same bytes
 * with the data key already in hand, and nothing else (no cache, no checks, no copies). A test
 * fixture, so the service's jar carries no benchmark code; here because it needs the vault's
 * associated data, which only this package knows.
 */
public final class BareGcmOpen {

    private final SecretKey key;
    private final byte[] nonce;
    private final byte[] ciphertext;
    private final byte[] aad;

    private BareGcmOpen(byte[] key, SealedSecret sealed, byte[] aad) {
        this.key = new SecretKeySpec(key, "AES");
        this.nonce = sealed.nonce();
        this.ciphertext = sealed.ciphertext();
        this.aad = aad;
    }

    /** Unwraps the secret's data key once, through the keyring, and keeps it for every {@link #open()}. */
    public static BareGcmOpen of(LocalKeyring keyring, TenantId tenant, SecretPurpose purpose, SealedSecret sealed) {
        Map<String, String> context = EncryptionContext.of(tenant, purpose);
        byte[] key = keyring.decrypt(sealed.wrappedKey(), sealed.masterKeyId(), context).getOrElseThrow(
                failure -> new IllegalStateException("the sealed secret's data key did not unwrap: " + failure));
        return new BareGcmOpen(key, sealed, EncryptionContext.ofSecret(context, sealed.dataKeyVersion()));
    }

    public byte[] open() {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, nonce));
            cipher.updateAAD(aad);
            return cipher.doFinal(ciphertext);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the bare decrypt failed", e);
        }
    }
}
