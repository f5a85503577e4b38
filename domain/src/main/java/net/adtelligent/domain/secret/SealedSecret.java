package net.adtelligent.domain.secret;

import java.util.Arrays;
import java.util.Objects;

/**
 * A secret as it is stored: the ciphertext, its nonce, and the tenant's data key wrapped by the
 * key service's master key (with the master key's id and the data key's version), so the secret
 * opens with nothing but a call to the key service. Never holds the plain text or the unwrapped key.
 */
public record SealedSecret(String algorithm, String masterKeyId, int dataKeyVersion, byte[] wrappedKey,
        byte[] nonce, byte[] ciphertext) {

    public SealedSecret {
        Objects.requireNonNull(algorithm, "algorithm");
        Objects.requireNonNull(masterKeyId, "masterKeyId");
        wrappedKey = wrappedKey.clone();
        nonce = nonce.clone();
        ciphertext = ciphertext.clone();
    }

    @Override
    public byte[] wrappedKey() {
        return wrappedKey.clone();
    }

    @Override
    public byte[] nonce() {
        return nonce.clone();
    }

    @Override
    public byte[] ciphertext() {
        return ciphertext.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SealedSecret that && algorithm.equals(that.algorithm)
                && masterKeyId.equals(that.masterKeyId) && dataKeyVersion == that.dataKeyVersion
                && Arrays.equals(wrappedKey, that.wrappedKey) && Arrays.equals(nonce, that.nonce)
                && Arrays.equals(ciphertext, that.ciphertext);
    }

    @Override
    public int hashCode() {
        return Objects.hash(algorithm, masterKeyId, dataKeyVersion, Arrays.hashCode(wrappedKey),
                Arrays.hashCode(nonce), Arrays.hashCode(ciphertext));
    }

    /** Sizes only: the bytes stay out of logs even though they are encrypted. */
    @Override
    public String toString() {
        return "SealedSecret[" + algorithm + ", key " + masterKeyId + " v" + dataKeyVersion + ", "
                + ciphertext.length + " bytes]";
    }
}
