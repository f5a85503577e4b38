package net.adtelligent.ports.out;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Either;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import net.adtelligent.domain.secret.OpenFailure;
import net.adtelligent.domain.secret.SealedSecret;
import net.adtelligent.domain.secret.SecretPurpose;
import net.adtelligent.domain.tenant.TenantId;
import org.junit.jupiter.api.Test;

/**
 * What every SecretVault must do: seal and open, and refuse, as a value, whatever was changed or
 * moved to another tenant or purpose. An adapter's test extends this and only says how to build one.
 */
public abstract class SecretVaultContract {

    private static final SecretPurpose PURPOSE = SecretPurpose.CONNECTION_CREDENTIALS;
    private static final byte[] SECRET = "{\"refresh_token\":\"fake-refresh-token-for-tests\"}".getBytes(UTF_8);

    /**
     * A vault over the same keys each call: a second call is another service instance over the same
     * key store and key service (its own cache), or the same instance when nothing is shared.
     */
    protected abstract SecretVault vault();

    /** A tenant whose secrets no other test touches (registered, where the key store needs it). */
    protected TenantId newTenant() {
        return TenantId.random();
    }

    /** A master key id the key service does not know, in the form it takes. */
    protected String unknownMasterKeyId() {
        return UUID.randomUUID().toString();
    }

    @Test
    void open_givenWhatWasSealed_answersTheSameBytes() {
        SecretVault vault = vault();
        TenantId tenant = newTenant();
        byte[] large = "x".repeat(100_000).getBytes(UTF_8);

        SealedSecret small = vault.seal(tenant, PURPOSE, SECRET);
        SealedSecret big = vault.seal(tenant, PURPOSE, large);
        SealedSecret empty = vault.seal(tenant, PURPOSE, new byte[0]);

        assertThat(vault.open(tenant, PURPOSE, small).get()).isEqualTo(SECRET);
        assertThat(vault.open(tenant, PURPOSE, big).get()).isEqualTo(large);
        assertThat(vault.open(tenant, PURPOSE, empty).get()).isEmpty();
    }

    @Test
    void seal_givenTheSameSecretTwice_storesNeitherPlainTextNorTheSameBytes() {
        SecretVault vault = vault();
        TenantId tenant = newTenant();

        SealedSecret first = vault.seal(tenant, PURPOSE, SECRET);
        SealedSecret second = vault.seal(tenant, PURPOSE, SECRET);

        assertThat(new String(first.ciphertext(), UTF_8)).doesNotContain("fake-refresh-token");
        assertThat(first.nonce()).hasSize(12).isNotEqualTo(second.nonce());
        assertThat(first.ciphertext()).isNotEqualTo(second.ciphertext());
        assertThat(first.algorithm()).isEqualTo("AES-256-GCM");
        assertThat(first.dataKeyVersion()).isEqualTo(1);
        assertThat(first.wrappedKey()).as("one data key per tenant and purpose").isEqualTo(second.wrappedKey());
        assertThat(first.wrappedKey()).hasSizeGreaterThanOrEqualTo(32);
    }

    @Test
    void seal_givenTwoTenants_usesADataKeyEach() {
        SecretVault vault = vault();

        SealedSecret ofA = vault.seal(newTenant(), PURPOSE, SECRET);
        SealedSecret ofB = vault.seal(newTenant(), PURPOSE, SECRET);

        assertThat(ofA.wrappedKey()).isNotEqualTo(ofB.wrappedKey());
    }

    @Test
    void open_givenAnotherInstance_opensWhatTheFirstSealed() {
        TenantId tenant = newTenant();
        SealedSecret sealed = vault().seal(tenant, PURPOSE, SECRET);

        assertThat(vault().open(tenant, PURPOSE, sealed).get()).isEqualTo(SECRET);
    }

    @Test
    void open_givenAFlippedBitInTheCiphertext_isNotAuthentic() {
        SecretVault vault = vault();
        TenantId tenant = newTenant();
        SealedSecret sealed = vault.seal(tenant, PURPOSE, SECRET);

        SealedSecret changed = new SealedSecret(sealed.algorithm(), sealed.masterKeyId(), sealed.dataKeyVersion(),
                sealed.wrappedKey(), sealed.nonce(), flipped(sealed.ciphertext(), 3));

        assertThat(vault.open(tenant, PURPOSE, changed)).isEqualTo(Either.left(OpenFailure.NOT_AUTHENTIC));
        assertThat(vault.open(tenant, PURPOSE, sealed).get()).as("the original still opens").isEqualTo(SECRET);
    }

    @Test
    void open_givenAFlippedBitInTheNonce_isNotAuthentic() {
        SecretVault vault = vault();
        TenantId tenant = newTenant();
        SealedSecret sealed = vault.seal(tenant, PURPOSE, SECRET);

        SealedSecret changed = new SealedSecret(sealed.algorithm(), sealed.masterKeyId(), sealed.dataKeyVersion(),
                sealed.wrappedKey(), flipped(sealed.nonce(), 0), sealed.ciphertext());

        assertThat(vault.open(tenant, PURPOSE, changed)).isEqualTo(Either.left(OpenFailure.NOT_AUTHENTIC));
    }

    /** The last bytes of a wrapped key are its authentication tag in every key service. */
    @Test
    void open_givenAFlippedBitInTheWrappedKey_isNotAuthentic() {
        SecretVault vault = vault();
        TenantId tenant = newTenant();
        SealedSecret sealed = vault.seal(tenant, PURPOSE, SECRET);
        vault.open(tenant, PURPOSE, sealed).get(); // the genuine key is now cached, where a vault caches

        byte[] wrapped = sealed.wrappedKey();
        SealedSecret changed = new SealedSecret(sealed.algorithm(), sealed.masterKeyId(), sealed.dataKeyVersion(),
                flipped(wrapped, wrapped.length - 1), sealed.nonce(), sealed.ciphertext());

        assertThat(vault.open(tenant, PURPOSE, changed)).isEqualTo(Either.left(OpenFailure.NOT_AUTHENTIC));
    }

    @Test
    void open_givenAChangedKeyVersion_isNotAuthentic() {
        SecretVault vault = vault();
        TenantId tenant = newTenant();
        SealedSecret sealed = vault.seal(tenant, PURPOSE, SECRET);

        SealedSecret changed = new SealedSecret(sealed.algorithm(), sealed.masterKeyId(), 2,
                sealed.wrappedKey(), sealed.nonce(), sealed.ciphertext());

        assertThat(vault.open(tenant, PURPOSE, changed)).isEqualTo(Either.left(OpenFailure.NOT_AUTHENTIC));
    }

    @Test
    void open_givenAnotherTenant_isNotAuthentic() {
        SecretVault vault = vault();
        TenantId owner = newTenant();
        TenantId other = newTenant();
        vault.seal(other, PURPOSE, SECRET); // the other tenant has a data key of its own, cached where a vault caches
        SealedSecret sealed = vault.seal(owner, PURPOSE, SECRET);

        assertThat(vault.open(other, PURPOSE, sealed)).isEqualTo(Either.left(OpenFailure.NOT_AUTHENTIC));
    }

    @Test
    void open_givenAnotherPurpose_isNotAuthentic() {
        SecretVault vault = vault();
        TenantId tenant = newTenant();
        vault.seal(tenant, SecretPurpose.WEBHOOK_SECRET, SECRET);
        SealedSecret sealed = vault.seal(tenant, PURPOSE, SECRET);

        assertThat(vault.open(tenant, SecretPurpose.WEBHOOK_SECRET, sealed))
                .isEqualTo(Either.left(OpenFailure.NOT_AUTHENTIC));
    }

    @Test
    void open_givenAMasterKeyIdTheKeyServiceDoesNotKnow_isUnknownKey() {
        SecretVault vault = vault();
        TenantId tenant = newTenant();
        SealedSecret sealed = vault.seal(tenant, PURPOSE, SECRET);

        SealedSecret changed = new SealedSecret(sealed.algorithm(), unknownMasterKeyId(), sealed.dataKeyVersion(),
                sealed.wrappedKey(), sealed.nonce(), sealed.ciphertext());

        assertThat(vault.open(tenant, PURPOSE, changed)).isEqualTo(Either.left(OpenFailure.UNKNOWN_KEY));
    }

    @Test
    void open_givenAnAlgorithmItDoesNotRead_isUnsupported() {
        SecretVault vault = vault();
        TenantId tenant = newTenant();
        SealedSecret sealed = vault.seal(tenant, PURPOSE, SECRET);

        SealedSecret changed = new SealedSecret("XChaCha20-Poly1305", sealed.masterKeyId(), sealed.dataKeyVersion(),
                sealed.wrappedKey(), sealed.nonce(), sealed.ciphertext());

        assertThat(vault.open(tenant, PURPOSE, changed)).isEqualTo(Either.left(OpenFailure.UNSUPPORTED_ALGORITHM));
    }

    /** Two service instances sealing a tenant's first secrets at once must agree on one data key. */
    @Test
    void seal_givenConcurrentFirstSealsOnTwoInstances_allUseOneDataKey() throws Exception {
        List<SecretVault> instances = List.of(vault(), vault());
        TenantId tenant = newTenant();
        AtomicInteger turn = new AtomicInteger();

        List<SealedSecret> sealed = IdentityFixtures.race(8,
                () -> instances.get(turn.getAndIncrement() % 2).seal(tenant, PURPOSE, SECRET));

        assertThat(sealed).extracting(SealedSecret::dataKeyVersion).containsOnly(1);
        assertThat(sealed.stream().map(s -> UUID.nameUUIDFromBytes(s.wrappedKey())).distinct()).hasSize(1);
        for (SealedSecret each : sealed) {
            assertThat(instances.get(0).open(tenant, PURPOSE, each).get()).isEqualTo(SECRET);
            assertThat(instances.get(1).open(tenant, PURPOSE, each).get()).isEqualTo(SECRET);
        }
    }

    @Test
    void probe_givenAReachableKeyService_isUpAsTheKeyService() {
        ComponentHealth health = vault().probe();

        assertThat(health.component()).isEqualTo("key service");
        assertThat(health.up()).as(health.detail()).isTrue();
    }

    private static byte[] flipped(byte[] bytes, int index) {
        byte[] copy = bytes.clone();
        copy[index] ^= 0x01;
        return copy;
    }

    @Test
    void newDataKey_givenSecretsOfTheOldKey_sealsThemWithTheNextVersion_andOldAndNewOpen() {
        SecretVault vault = vault();
        TenantId tenant = newTenant();
        SealedSecret old = vault.seal(tenant, PURPOSE, SECRET);

        List<Either<OpenFailure, SealedSecret>> resealed = vault.newDataKey(tenant, PURPOSE, List.of(old));
        SealedSecret fresh = vault.seal(tenant, PURPOSE, SECRET);

        assertThat(vault.currentKey(tenant, PURPOSE).get().version()).isEqualTo(2);
        assertThat(resealed).hasSize(1);
        assertThat(resealed.get(0).get().dataKeyVersion()).isEqualTo(2);
        assertThat(fresh.dataKeyVersion()).isEqualTo(2);
        assertThat(fresh.wrappedKey()).isNotEqualTo(old.wrappedKey());
        assertThat(vault().open(tenant, PURPOSE, old).get()).isEqualTo(SECRET);
        assertThat(vault().open(tenant, PURPOSE, resealed.get(0).get()).get()).isEqualTo(SECRET);
        assertThat(vault().open(tenant, PURPOSE, fresh).get()).isEqualTo(SECRET);
    }

    @Test
    void reseal_givenSecretsOfAnOlderKey_sealsThemUnderTheCurrentOne_andAgainChangesNothing() {
        SecretVault vault = vault();
        TenantId tenant = newTenant();
        SealedSecret old = vault.seal(tenant, PURPOSE, SECRET);
        vault.newDataKey(tenant, PURPOSE, List.of());
        SealedSecret current = vault.seal(tenant, PURPOSE, SECRET);

        List<Either<OpenFailure, SealedSecret>> resealed = vault.reseal(tenant, PURPOSE, List.of(old, current));

        assertThat(resealed.get(0).get().dataKeyVersion()).isEqualTo(2);
        assertThat(vault().open(tenant, PURPOSE, resealed.get(0).get()).get()).isEqualTo(SECRET);
        assertThat(resealed.get(1).get()).isEqualTo(current);
        assertThat(vault.reseal(tenant, PURPOSE, List.of(resealed.get(0).get())).get(0).get())
                .isEqualTo(resealed.get(0).get());
    }

    @Test
    void reseal_givenSecretOfAnotherTenant_isAFailureValueForItAlone() {
        SecretVault vault = vault();
        TenantId tenant = newTenant();
        TenantId other = newTenant();
        SealedSecret ofOther = vault.seal(other, PURPOSE, SECRET);
        SealedSecret own = vault.seal(tenant, PURPOSE, SECRET);

        List<Either<OpenFailure, SealedSecret>> resealed = vault.newDataKey(tenant, PURPOSE, List.of(ofOther, own));

        assertThat(resealed.get(0).isLeft()).isTrue();
        assertThat(vault.open(tenant, PURPOSE, resealed.get(1).get()).get()).isEqualTo(SECRET);
    }

    @Test
    void currentKey_givenNoSecretYet_isEmpty() {
        assertThat(vault().currentKey(newTenant(), PURPOSE).isEmpty()).isTrue();
    }
}
