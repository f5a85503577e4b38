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
 * The rotation benchmark's baseline for one tenant: the JDK's AES-GCM decrypt of each secret with
 * the old data key in hand and encrypt under a new key in hand, and nothing else (no database, no
 * key service). A test fixture, here because it needs the vault's associated data.
 */
public final class BareGcmReseal {

    private final SecretKey oldKey;
    private final SecretKey newKey;
    private final Map<String, String> context;

    private BareGcmReseal(byte[] oldKey, Map<String, String> context) {
        this.oldKey = new SecretKeySpec(oldKey, "AES");
        this.newKey = new SecretKeySpec(Aead.random(Aead.KEY_BYTES), "AES");
        this.context = context;
    }

    /** Unwraps the tenant's data key once, through the key service, before any timing. */
    public static BareGcmReseal of(KeyService keys, TenantId tenant, SecretPurpose purpose, SealedSecret any) {
        Map<String, String> context = EncryptionContext.of(tenant, purpose);
        byte[] key = keys.decrypt(any.wrappedKey(), any.masterKeyId(), context).getOrElseThrow(
                failure -> new IllegalStateException("the sealed secret's data key did not unwrap: " + failure));
        return new BareGcmReseal(key, context);
    }

    /** The secret decrypted and encrypted again under the next version; answers the new ciphertext. */
    public byte[] reseal(SealedSecret sealed) {
        try {
            Cipher open = Cipher.getInstance("AES/GCM/NoPadding");
            open.init(Cipher.DECRYPT_MODE, oldKey, new GCMParameterSpec(128, sealed.nonce()));
            open.updateAAD(EncryptionContext.ofSecret(context, sealed.dataKeyVersion()));
            byte[] plain = open.doFinal(sealed.ciphertext());
            Cipher seal = Cipher.getInstance("AES/GCM/NoPadding");
            seal.init(Cipher.ENCRYPT_MODE, newKey, new GCMParameterSpec(128, Aead.random(Aead.NONCE_BYTES)));
            seal.updateAAD(EncryptionContext.ofSecret(context, sealed.dataKeyVersion() + 1));
            byte[] sealedAgain = seal.doFinal(plain);
            java.util.Arrays.fill(plain, (byte) 0);
            return sealedAgain;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the bare reseal failed", e);
        }
    }
}
