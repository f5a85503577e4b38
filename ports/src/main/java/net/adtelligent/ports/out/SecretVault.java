package net.adtelligent.ports.out;

import io.vavr.control.Either;
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
}
