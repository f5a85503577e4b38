package net.adtelligent.ports.out;

import io.vavr.control.Option;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import net.adtelligent.domain.secret.SecretPurpose;
import net.adtelligent.domain.tenant.TenantId;

/**
 * Where each tenant's current data key is kept, per purpose, wrapped by the key service's master
 * key: never the unwrapped key. A {@link SecretVault} seals with it; every sealed secret carries its
 * own copy of the wrapped key, so an older version still opens what it sealed.
 */
public interface DataKeyStore {

    /** The newest version of the tenant's data key for the purpose, if one was ever created. */
    Option<WrappedDataKey> current(TenantId tenant, SecretPurpose purpose);

    /**
     * Keeps {@code key} as version 1 unless the tenant already has a data key for the purpose, and
     * answers the one that is current afterwards: ours, or the one another caller (another service
     * instance) created first. Two callers racing on a tenant's first secret both get the same key.
     */
    WrappedDataKey createFirst(TenantId tenant, SecretPurpose purpose, WrappedDataKey key);

    /**
     * Keeps {@code key} as the next version, current from now on (a rotation). Its version must be
     * the current one's plus one; a caller that lost a race to another rotation gets an
     * {@link IllegalStateException} and nothing is kept. Older versions stay: secrets sealed with
     * them carry their own copy and still open.
     */
    void addVersion(TenantId tenant, SecretPurpose purpose, WrappedDataKey key);

    /**
     * Keeps another wrapping of a stored version: the same data key, wrapped by another master key
     * (a master key rotation). Secrets sealed with that version open under either wrapping.
     */
    void rewrap(TenantId tenant, SecretPurpose purpose, WrappedDataKey key);

    /** When the current version was made (by {@link #createFirst} or {@link #addVersion}). */
    Option<Instant> currentSince(TenantId tenant, SecretPurpose purpose);

    /** A data key as stored: the master key that wrapped it, its version (1, 2, … per rotation), the wrapped bytes. */
    record WrappedDataKey(String masterKeyId, int version, byte[] wrappedKey) {

        public WrappedDataKey {
            Objects.requireNonNull(masterKeyId, "masterKeyId");
            if (version < 1) {
                throw new IllegalArgumentException("version must be 1 or more, was " + version);
            }
            wrappedKey = wrappedKey.clone();
        }

        @Override
        public byte[] wrappedKey() {
            return wrappedKey.clone();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof WrappedDataKey that && masterKeyId.equals(that.masterKeyId)
                    && version == that.version && Arrays.equals(wrappedKey, that.wrappedKey);
        }

        @Override
        public int hashCode() {
            return Objects.hash(masterKeyId, version, Arrays.hashCode(wrappedKey));
        }

        @Override
        public String toString() {
            return "WrappedDataKey[" + masterKeyId + " v" + version + "]";
        }
    }
}
