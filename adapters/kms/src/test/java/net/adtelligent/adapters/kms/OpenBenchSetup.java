package net.adtelligent.adapters.kms;

import java.nio.file.Path;
import net.adtelligent.domain.secret.SealedSecret;
import net.adtelligent.domain.secret.SecretPurpose;
import net.adtelligent.domain.tenant.TenantId;
import net.adtelligent.memory.InMemoryDataKeyStore;

/**
 * What the secrets benchmark times, set up: one secret sealed by an {@link EnvelopeVault} on a
 * local keyring in {@code dir} (its key service counted), and the {@link BareGcmOpen} of the same
 * bytes. A test fixture, so the service's jar carries none of it.
 */
public record OpenBenchSetup(EnvelopeVault vault, CountingKeyService keyService, TenantId tenant, SecretPurpose purpose,
                             SealedSecret sealed, BareGcmOpen bare) {

    public static OpenBenchSetup of(Path dir, byte[] secret, CacheLimits limits) {
        LocalKeyring keyring = LocalKeyring.openOrCreate(dir.resolve("kms-keyring"));
        CountingKeyService counted = new CountingKeyService(keyring);
        EnvelopeVault vault = new EnvelopeVault(counted, new InMemoryDataKeyStore(), limits);
        TenantId tenant = TenantId.random();
        SecretPurpose purpose = SecretPurpose.CONNECTION_CREDENTIALS;
        SealedSecret sealed = vault.seal(tenant, purpose, secret);
        return new OpenBenchSetup(vault, counted, tenant, purpose, sealed, BareGcmOpen.of(keyring, tenant, purpose, sealed));
    }
}
