package net.adtelligent.ports.out;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import net.adtelligent.domain.secret.SecretPurpose;
import net.adtelligent.domain.tenant.TenantId;
import net.adtelligent.ports.out.DataKeyStore.WrappedDataKey;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every DataKeyStore must do. An adapter's test extends this and only says how to build one. */
public abstract class DataKeyStoreContract {

    private static final SecretPurpose PURPOSE = SecretPurpose.CONNECTION_CREDENTIALS;

    private DataKeyStore store;
    private TenantId tenant;

    /** The store under test; it may hold other tests' keys: every test uses tenants of its own. */
    protected abstract DataKeyStore store();

    /** Where the tenants are registered (the same database, for a real store). */
    protected abstract TenantStore tenantStore();

    @BeforeEach
    void setUp() {
        store = store();
        tenant = IdentityFixtures.newTenant(tenantStore());
    }

    @Test
    void current_givenNoKeyYet_isEmpty() {
        assertThat(store.current(tenant, PURPOSE).isEmpty()).isTrue();
    }

    @Test
    void createFirst_givenNoKeyYet_keepsAndAnswersIt() {
        WrappedDataKey key = key("kms/a", 1);

        assertThat(store.createFirst(tenant, PURPOSE, key)).isEqualTo(key);
        assertThat(store.current(tenant, PURPOSE).get()).isEqualTo(key);
    }

    @Test
    void createFirst_givenAKeyAlready_keepsTheFirstAndAnswersIt() {
        WrappedDataKey first = key("kms/a", 1);
        store.createFirst(tenant, PURPOSE, first);

        assertThat(store.createFirst(tenant, PURPOSE, key("kms/a", 1))).isEqualTo(first);
        assertThat(store.current(tenant, PURPOSE).get()).isEqualTo(first);
    }

    @Test
    void createFirst_givenAnotherPurposeOrTenant_keepsAKeyEach() {
        TenantId other = IdentityFixtures.newTenant(tenantStore());
        WrappedDataKey credentials = key("kms/a", 1);
        WrappedDataKey webhook = key("kms/a", 1);
        WrappedDataKey ofOther = key("kms/a", 1);

        store.createFirst(tenant, PURPOSE, credentials);
        store.createFirst(tenant, SecretPurpose.WEBHOOK_SECRET, webhook);
        store.createFirst(other, PURPOSE, ofOther);

        assertThat(store.current(tenant, PURPOSE).get()).isEqualTo(credentials);
        assertThat(store.current(tenant, SecretPurpose.WEBHOOK_SECRET).get()).isEqualTo(webhook);
        assertThat(store.current(other, PURPOSE).get()).isEqualTo(ofOther);
        assertThat(store.current(other, SecretPurpose.WEBHOOK_SECRET).isEmpty()).isTrue();
    }

    @Test
    void createFirst_givenEightCallersAtOnce_allGetTheOneKeyKept() throws Exception {
        AtomicInteger made = new AtomicInteger();

        List<WrappedDataKey> answers = IdentityFixtures.race(8,
                () -> store.createFirst(tenant, PURPOSE, key("kms/racer-" + made.incrementAndGet(), 1)));

        WrappedDataKey kept = store.current(tenant, PURPOSE).get();
        assertThat(answers).containsOnly(kept);
    }

    @Test
    void addVersion_givenTheNextVersion_makesItCurrentSinceNow() {
        store.createFirst(tenant, PURPOSE, key("kms/a", 1));
        Instant before = store.currentSince(tenant, PURPOSE).get();
        WrappedDataKey second = key("kms/a", 2);

        store.addVersion(tenant, PURPOSE, second);

        assertThat(store.current(tenant, PURPOSE).get()).isEqualTo(second);
        assertThat(store.currentSince(tenant, PURPOSE).get()).isAfterOrEqualTo(before);
    }

    @Test
    void addVersion_givenAVersionThatDoesNotFollowTheCurrent_isRefusedAndKeepsNothing() {
        WrappedDataKey first = key("kms/a", 1);
        store.createFirst(tenant, PURPOSE, first);

        assertThatThrownBy(() -> store.addVersion(tenant, PURPOSE, key("kms/a", 3)))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> store.addVersion(tenant, PURPOSE, key("kms/a", 1)))
                .isInstanceOf(IllegalStateException.class);
        assertThat(store.current(tenant, PURPOSE).get()).isEqualTo(first);
    }

    @Test
    void rewrap_givenTheCurrentVersion_keepsTheNewWrappingOfThisTenantOnly() {
        TenantId other = IdentityFixtures.newTenant(tenantStore());
        WrappedDataKey ofOther = key("kms/a", 1);
        store.createFirst(tenant, PURPOSE, key("kms/a", 1));
        store.createFirst(other, PURPOSE, ofOther);
        WrappedDataKey moved = key("kms/b", 1);

        store.rewrap(tenant, PURPOSE, moved);

        assertThat(store.current(tenant, PURPOSE).get()).isEqualTo(moved);
        assertThat(store.current(other, PURPOSE).get()).isEqualTo(ofOther);
    }

    @Test
    void currentSince_givenNoKey_isEmpty() {
        assertThat(store.currentSince(tenant, PURPOSE).isEmpty()).isTrue();
    }

    private static WrappedDataKey key(String masterKeyId, int version) {
        // Random bytes stand in for a wrapped key: the store keeps them as they are.
        return new WrappedDataKey(masterKeyId, version, UUID.randomUUID().toString().getBytes(UTF_8));
    }
}
