package net.adtelligent.ports.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.control.Option;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import net.adtelligent.domain.connection.ConnectionId;
import net.adtelligent.domain.connection.Connection;
import net.adtelligent.domain.consent.GrantId;
import net.adtelligent.domain.consent.GrantStage;
import net.adtelligent.domain.consent.OAuthGrant;
import net.adtelligent.domain.consent.PlatformAccount;
import net.adtelligent.domain.fact.Platform;
import net.adtelligent.domain.identity.UserId;
import net.adtelligent.domain.secret.SealedSecret;
import net.adtelligent.domain.tenant.TenantId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every OAuthGrantStore and TokenAlerts must do. An adapter's test extends this and says how to build them. */
public abstract class OAuthGrantStoreContract {

    static final Instant NOW = Instant.parse("2026-12-01T10:00:00.123456Z");
    static final SealedSecret VERIFIER = new SealedSecret("AES-256-GCM", "key-1", 1, new byte[] {1},
            new byte[] {2, 3}, new byte[] {4, 5, 6});
    static final SealedSecret TOKENS = new SealedSecret("AES-256-GCM", "key-1", 2, new byte[] {7},
            new byte[] {8, 9}, new byte[] {10, 11, 12});

    private OAuthGrantStore store;
    private TenantId tenant;
    private TenantId other;
    private UserId user;

    protected abstract OAuthGrantStore store();

    protected abstract TokenAlerts tokenAlerts();

    protected abstract TenantStore tenantStore();

    protected abstract UserStore userStore();

    protected abstract ConnectionStore connectionStore();

    @BeforeEach
    void setUp() {
        store = store();
        tenant = IdentityFixtures.newTenant(tenantStore());
        other = IdentityFixtures.newTenant(tenantStore());
        user = IdentityFixtures.newUser(userStore());
    }

    private OAuthGrant started(String hash) {
        return OAuthGrant.start(GrantId.random(), tenant, user, Platform.GOOGLE_ADS, hash, Option.of(VERIFIER), NOW);
    }

    private static String hash(char c) {
        return String.valueOf(c).repeat(64);
    }

    @Test
    void add_givenStartedGrant_readsBackByIdAndStateHashInItsTenantOnly() {
        OAuthGrant grant = started(hash('a'));

        store.add(grant);

        assertThat(store.byId(tenant, grant.id())).contains(grant);
        assertThat(store.lockByStateHash(tenant, hash('a'))).contains(grant);
        assertThat(store.byId(other, grant.id())).isEmpty();
        assertThat(store.lockByStateHash(other, hash('a'))).isEmpty();
        assertThat(store.lockByStateHash(tenant, hash('b'))).isEmpty();
    }

    @Test
    void replace_givenGrantedThenDone_readsBackEachStageWhole() {
        OAuthGrant grant = started(hash('c'));
        store.add(grant);
        OAuthGrant granted = grant.callBack(Platform.GOOGLE_ADS, Option.none(), NOW).get()
                .granted(TOKENS, Map.of("refresh_token", "0123456789ab"), List.of("https://www.googleapis.com/auth/adwords"),
                        List.of(new PlatformAccount("1234567890", "Brand"), new PlatformAccount("2345678901", "")),
                        Option.of(NOW.plusSeconds(3600)), NOW);

        store.replace(granted);
        assertThat(store.byId(tenant, grant.id())).contains(granted);

        store.replace(granted.done());
        OAuthGrant done = store.byId(tenant, grant.id()).get();
        assertThat(done.stage()).isEqualTo(GrantStage.DONE);
        assertThat(done.tokens()).isEmpty();
        assertThat(done.verifier()).isEmpty();
    }

    @Test
    void add_givenStateHashTaken_isRefused() {
        store.add(started(hash('d')));

        assertThatThrownBy(() -> store.add(started(hash('d')))).isInstanceOf(RuntimeException.class);
    }

    @Test
    void firstOf_givenTheSameEpisodeTwice_isFirstOnceAndANewEpisodeIsFirstAgain() {
        TokenAlerts alerts = tokenAlerts();
        Connection connection = Connection.recordOf(ConnectionId.random(), tenant, Platform.META_ADS, "1234", "Brand", NOW);
        connectionStore().add(connection);

        assertThat(alerts.firstOf(tenant, connection.id(), "token_expiring", NOW)).isTrue();
        assertThat(alerts.firstOf(tenant, connection.id(), "token_expiring", NOW)).isFalse();
        assertThat(alerts.firstOf(tenant, connection.id(), "token_expiring", NOW.plusSeconds(86_400))).isTrue();
    }
}
