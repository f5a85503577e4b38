package net.adtelligent.adapters.kms;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import net.adtelligent.domain.secret.SealedSecret;
import net.adtelligent.domain.secret.SecretPurpose;
import net.adtelligent.domain.tenant.TenantId;
import net.adtelligent.memory.InMemoryDataKeyStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the cache of unwrapped data keys saves, counted in key-service calls, and where its limits end it. */
class EnvelopeVaultCacheTest {

    private static final SecretPurpose PURPOSE = SecretPurpose.CONNECTION_CREDENTIALS;
    private static final byte[] PLAIN = "plain bytes of a credential".getBytes(UTF_8);

    @TempDir
    Path dataDir;
    private CountingKeyService keyService;
    private final InMemoryDataKeyStore store = new InMemoryDataKeyStore();
    private final AtomicLong nanos = new AtomicLong();
    private final TenantId tenant = TenantId.random();

    @BeforeEach
    void keyService() {
        keyService = new CountingKeyService(LocalKeyring.openOrCreate(dataDir.resolve("kms-keyring")));
    }

    private EnvelopeVault vault(CacheLimits limits) {
        return new EnvelopeVault(keyService, store, limits, nanos::get);
    }

    @Test
    void open_givenTheKeyCached_makesNoKeyServiceCall() {
        EnvelopeVault vault = vault(CacheLimits.DEFAULT);
        SealedSecret sealed = vault.seal(tenant, PURPOSE, PLAIN);
        vault.seal(tenant, PURPOSE, PLAIN);
        assertThat(keyService.generated).hasValue(1);
        assertThat(keyService.decrypted).as("the key just made is cached").hasValue(0);

        for (int i = 0; i < 1_000; i++) {
            assertThat(vault.open(tenant, PURPOSE, sealed).get()).isEqualTo(PLAIN);
        }

        assertThat(keyService.calls()).isEqualTo(1);
    }

    @Test
    void open_givenAnInstanceThatNeverSawTheKey_unwrapsItOnce() {
        SealedSecret sealed = vault(CacheLimits.DEFAULT).seal(tenant, PURPOSE, PLAIN);
        EnvelopeVault other = vault(CacheLimits.DEFAULT);

        for (int i = 0; i < 100; i++) {
            other.open(tenant, PURPOSE, sealed).get();
        }

        assertThat(keyService.decrypted).hasValue(1);
    }

    @Test
    void open_givenMaxUsesReached_unwrapsTheKeyAgain() {
        EnvelopeVault vault = vault(new CacheLimits(Duration.ofMinutes(5), 3, 10));
        SealedSecret sealed = vault.seal(tenant, PURPOSE, PLAIN); // use 1 of the key just made

        for (int i = 0; i < 8; i++) {
            vault.open(tenant, PURPOSE, sealed).get();
        }

        // nine uses of three each: the key made by the seal, then two unwraps
        assertThat(keyService.decrypted).hasValue(2);
    }

    @Test
    void open_givenMaxAgePassed_unwrapsTheKeyAgain() {
        EnvelopeVault vault = vault(new CacheLimits(Duration.ofMinutes(5), 1_000, 10));
        SealedSecret sealed = vault.seal(tenant, PURPOSE, PLAIN);
        vault.open(tenant, PURPOSE, sealed).get();
        nanos.addAndGet(Duration.ofMinutes(4).toNanos());
        vault.open(tenant, PURPOSE, sealed).get();
        assertThat(keyService.decrypted).hasValue(0);

        nanos.addAndGet(Duration.ofMinutes(2).toNanos());
        vault.open(tenant, PURPOSE, sealed).get();

        assertThat(keyService.decrypted).hasValue(1);
    }

    @Test
    void open_givenMoreTenantsThanMaxKeys_keepsNoMoreKeys() {
        EnvelopeVault vault = vault(new CacheLimits(Duration.ofMinutes(5), 1_000, 0));
        SealedSecret sealed = vault.seal(tenant, PURPOSE, PLAIN);

        for (int i = 0; i < 5; i++) {
            vault.open(tenant, PURPOSE, sealed).get();
        }

        assertThat(keyService.decrypted).as("a cache of no keys asks every time").hasValue(6);
    }

    @Test
    void open_givenAFailure_doesNotKeepIt() {
        EnvelopeVault vault = vault(CacheLimits.DEFAULT);
        SealedSecret sealed = vault.seal(tenant, PURPOSE, PLAIN);
        TenantId other = TenantId.random();

        vault.open(other, PURPOSE, sealed);
        vault.open(other, PURPOSE, sealed);

        assertThat(keyService.decrypted).hasValue(2);
        assertThat(vault.open(tenant, PURPOSE, sealed).get()).isEqualTo(PLAIN);
    }

    /** With nothing cached at all (a cache of no keys), a tenant's rotation still costs two calls. */
    @Test
    void newDataKey_givenManySecretsAndNoCache_makesOneKeyAndUnwrapsTheOldOneOnce() {
        java.util.List<SealedSecret> secrets = new java.util.ArrayList<>();
        EnvelopeVault sealer = vault(CacheLimits.DEFAULT);
        for (int i = 0; i < 50; i++) {
            secrets.add(sealer.seal(tenant, PURPOSE, PLAIN));
        }
        EnvelopeVault uncached = vault(new CacheLimits(CacheLimits.DEFAULT.maxAge(), 1, 0));
        int before = keyService.calls();

        var resealed = uncached.newDataKey(tenant, PURPOSE, secrets);

        assertThat(keyService.calls() - before).isEqualTo(2);
        assertThat(resealed).hasSize(50).allSatisfy(one -> assertThat(one.get().dataKeyVersion()).isEqualTo(2));
        assertThat(sealer.open(tenant, PURPOSE, resealed.get(49).get()).get()).isEqualTo(PLAIN);
    }
}
