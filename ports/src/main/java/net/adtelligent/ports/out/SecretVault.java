package net.adtelligent.ports.out;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.List;
import net.adtelligent.domain.secret.OpenFailure;
import net.adtelligent.domain.secret.SealedSecret;
import net.adtelligent.domain.secret.SecretPurpose;
import net.adtelligent.domain.tenant.TenantId;

/**
 * Envelope encryption of a tenant's secrets: each tenant has one data key (AES-256-GCM), wrapped by
 * a master key in a key service; the tenant's id and the purpose are bound into both the wrapping
 * and the sealing, so a sealed value moved to another tenant or purpose does not open.
 *
 * <p>A key service that cannot be reached (or refuses) is an {@link OutsidePartUnavailableException}:
 * nothing is ever sealed some weaker way instead. A value that does not open is a failure value.
 */
public interface SecretVault extends HealthProbe {

    /** Seals under the tenant's current data key, creating that key on the tenant's first secret. */
    SealedSecret seal(TenantId tenant, SecretPurpose purpose, byte[] plaintext);

    /** The plain bytes; the caller clears them when done. */
    Either<OpenFailure, byte[]> open(TenantId tenant, SecretPurpose purpose, SealedSecret sealed);

    /**
     * The secrets as the tenant's current data key seals them, in the same order: each opened under
     * the key it names and sealed again, or, when sealed with the current version already, the same
     * ciphertext with the current wrapping of that key. One that is current is answered unchanged;
     * one that does not open is a failure value. Each data key is unwrapped once for the whole list.
     */
    List<Either<OpenFailure, SealedSecret>> reseal(TenantId tenant, SecretPurpose purpose, List<SealedSecret> sealed);

    /**
     * Makes a new data key for the tenant and purpose, current from now on (the next version), and
     * answers the secrets sealed again under it, as {@link #reseal} does. Earlier versions still open
     * what they sealed; with the new key in hand, this costs one key-service call to make it and one
     * per older data key to open.
     */
    List<Either<OpenFailure, SealedSecret>> newDataKey(TenantId tenant, SecretPurpose purpose, List<SealedSecret> sealed);

    /**
     * Wraps the tenant's current data key under the master key {@code masterKeyId} (the same key, so
     * nothing sealed must be opened); nothing when it is wrapped by that key already or there is none.
     * A master key the key service does not know is an {@link IllegalArgumentException}.
     */
    void rewrapDataKey(TenantId tenant, SecretPurpose purpose, String masterKeyId);

    /** The tenant's current data key for the purpose (version, master key, when made); empty before its first secret. */
    Option<CurrentKey> currentKey(TenantId tenant, SecretPurpose purpose);

    /** A data key as rotation sees it; never the key itself. */
    record CurrentKey(int version, String masterKeyId, Instant since) {
    }
}
