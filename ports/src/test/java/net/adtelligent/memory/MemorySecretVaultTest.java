package net.adtelligent.memory;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import net.adtelligent.domain.secret.OpenFailure;
import net.adtelligent.domain.secret.SealedSecret;
import net.adtelligent.domain.secret.SecretPurpose;
import net.adtelligent.domain.tenant.TenantId;
import org.junit.jupiter.api.Test;

class MemorySecretVaultTest {

    private static final byte[] PLAIN = "{\"access_token\":\"not-a-real-token\"}".getBytes(StandardCharsets.UTF_8);
    private final MemorySecretVault vault = new MemorySecretVault();
    private final TenantId tenant = new TenantId(UUID.randomUUID());

    @Test
    void open_givenWhatWasSealed_givesThePlainBytesBackAndTheSealHidesThem() {
        SealedSecret sealed = vault.seal(tenant, SecretPurpose.CONNECTION_CREDENTIALS, PLAIN);

        assertThat(new String(sealed.ciphertext(), StandardCharsets.ISO_8859_1)).doesNotContain("not-a-real-token");
        assertThat(vault.open(tenant, SecretPurpose.CONNECTION_CREDENTIALS, sealed).get()).isEqualTo(PLAIN);
    }

    @Test
    void open_givenAnotherTenantOrAnotherVaultsKey_isNotAuthentic() {
        SealedSecret sealed = vault.seal(tenant, SecretPurpose.CONNECTION_CREDENTIALS, PLAIN);

        assertThat(vault.open(new TenantId(UUID.randomUUID()), SecretPurpose.CONNECTION_CREDENTIALS, sealed).getLeft())
                .isEqualTo(OpenFailure.NOT_AUTHENTIC);
        assertThat(new MemorySecretVault().open(tenant, SecretPurpose.CONNECTION_CREDENTIALS, sealed).getLeft())
                .isEqualTo(OpenFailure.NOT_AUTHENTIC);
    }
}
