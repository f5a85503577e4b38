package net.adtelligent.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Option;
import java.util.List;
import java.util.Map;
import net.adtelligent.domain.FieldViolation;
import net.adtelligent.domain.connection.Connection;
import net.adtelligent.domain.connection.ConnectionChanges;
import net.adtelligent.domain.connection.ConnectionDraft;
import net.adtelligent.domain.connection.ConnectionId;
import net.adtelligent.domain.connection.ConnectionStatus;
import net.adtelligent.domain.identity.Role;
import net.adtelligent.domain.identity.User;
import net.adtelligent.domain.secret.SealedSecret;
import net.adtelligent.domain.tenant.Slug;
import net.adtelligent.domain.tenant.TenantId;
import net.adtelligent.ports.in.Actor;
import net.adtelligent.ports.in.Connections;
import net.adtelligent.ports.in.Connections.CredentialsState;
import net.adtelligent.ports.in.PageQuery;
import net.adtelligent.ports.out.AuditFilter;
import net.adtelligent.ports.out.IdentityFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The connection use cases on one technology's stores: what users see, what is kept, what is audited. */
public abstract class ConnectionsContract extends CoreContract {

    /** Obviously fake, and unlike anything else stored, so a search for it finds only a leak. */
    static final String TOKEN = "EA" + "FakeConnectionsContractToken".repeat(2);

    private Slug slug;
    private TenantId tenant;
    private Actor owner;
    private Connections connections;

    @BeforeEach
    void tenant() {
        slug = newTenantOwnedBy(ann);
        tenant = test.stores.tenants().bySlug(slug).get().id();
        owner = Actor.user(ann.id(), CLIENT);
        connections = test.core.connections();
    }

    private Connections.View meta(String account) {
        return connections.create(owner, slug, new ConnectionDraft("META_ADS", account, Option.none(), Option.none(),
                Map.of("access_token", TOKEN), Option.none())).get();
    }

    private Actor member(Role role) {
        User user = test.core.manageUsers().createUser(SYSTEM, IdentityFixtures.uniqueEmail().value(), PASSWORD).get();
        test.core.manageUsers().addMember(SYSTEM, slug.value(), user, role).get();
        return Actor.user(user.id(), CLIENT);
    }

    @Test
    void create_givenCredentials_storesThemSealedAndShowsOnlyFingerprints() {
        Connections.View view = meta("1234");

        Connection stored = test.stores.connections().byId(tenant, view.id()).get();
        byte[] opened = test.vault.open(tenant, net.adtelligent.domain.secret.SecretPurpose.CONNECTION_CREDENTIALS,
                stored.credentials().get()).get();
        assertThat(new String(opened, java.nio.charset.StandardCharsets.UTF_8)).isEqualTo("{\"access_token\":\"" + TOKEN + "\"}");
        assertThat(view.credentials()).isEqualTo(CredentialsState.READABLE);
        assertThat(view.credentialFields().get("access_token").get()).matches("[0-9a-f]{12}");
        assertThat(view.toString()).doesNotContain(TOKEN);
        assertThat(view.status()).isEqualTo(ConnectionStatus.ACTIVE);
    }

    @Test
    void create_givenBadFields_namesEachAndStoresNothing() {
        var refused = connections.create(owner, slug, new ConnectionDraft("GOOGLE_ADS", "12", Option.none(),
                Option.none(), Map.of("refresh_token", "short", "extra", "x"), Option.none())).getLeft();

        assertThat(refused.violations()).extracting(FieldViolation::field).contains("external_account_id",
                "credentials.developer_token", "credentials.client_id", "credentials.client_secret",
                "credentials.refresh_token", "credentials.extra");
        assertThat(connections.list(owner, slug, PageQuery.defaults()).get().items()).isEmpty();
    }

    @Test
    void fingerprints_givenTheSameValueTwice_areEqualAndDifferForAnother() {
        var first = meta("1");
        var second = meta("2");
        var third = connections.create(owner, slug, new ConnectionDraft("META_ADS", "3", Option.none(), Option.none(),
                Map.of("access_token", TOKEN + "X"), Option.none())).get();

        assertThat(first.credentialFields()).isEqualTo(second.credentialFields());
        assertThat(third.credentialFields()).isNotEqualTo(first.credentialFields());
    }

    @Test
    void list_givenMoreThanAPage_followsTheCursor() {
        var a = meta("1");
        var b = meta("2");
        var c = meta("3");
        connections.delete(owner, slug, b.id()).get();

        var first = connections.list(owner, slug, PageQuery.first(1)).get();
        var second = connections.list(owner, slug, new PageQuery(first.nextCursor(), 1)).get();

        assertThat(first.items()).extracting(Connections.View::id).containsExactly(a.id());
        assertThat(second.items()).extracting(Connections.View::id).containsExactly(c.id());
        assertThat(second.nextCursor()).isEmpty();
        assertThat(connections.get(owner, slug, b.id()).get().status()).isEqualTo(ConnectionStatus.DELETED);
    }

    @Test
    void changes_givenOwner_areAppliedAndAuditedWithoutTheSecret() {
        var view = meta("1234");
        connections.change(owner, slug, view.id(), new ConnectionChanges(Option.of("Brand EU"), Option.of("PT12H"))).get();
        connections.pause(owner, slug, view.id()).get();
        connections.resume(owner, slug, view.id()).get();
        var replaced = connections.replaceCredentials(owner, slug, view.id(), Map.of("access_token", TOKEN + "2"),
                Option.none()).get();
        connections.delete(owner, slug, view.id()).get();

        assertThat(replaced.name()).isEqualTo("Brand EU");
        assertThat(replaced.credentialFields()).isNotEqualTo(view.credentialFields());
        var events = test.stores.auditLog().search(tenant, AuditFilter.all(), Option.none(), 50);
        assertThat(events).extracting(event -> event.action()).contains("connection.created", "connection.changed",
                "connection.paused", "connection.resumed", "connection.credentials_replaced", "connection.deleted");
        assertThat(events.toString()).doesNotContain(TOKEN);
    }

    @Test
    void changes_givenAnalyst_areForbiddenButReadingWorks() {
        var view = meta("1234");
        Actor analyst = member(Role.ANALYST);

        assertThat(connections.get(analyst, slug, view.id()).get().id()).isEqualTo(view.id());
        assertThat(connections.pause(analyst, slug, view.id()).getLeft().code()).isEqualTo("forbidden");
        assertThat(connections.create(analyst, slug, new ConnectionDraft("CSV", "x", Option.none(), Option.none(),
                Map.of(), Option.none())).getLeft().code()).isEqualTo("forbidden");
    }

    @Test
    void get_givenUnknownOrOtherTenantsId_isNotFound() {
        Slug otherSlug = newTenantOwnedBy(ann);
        var elsewhere = connections.create(owner, otherSlug, new ConnectionDraft("CSV", "x", Option.none(),
                Option.none(), Map.of(), Option.none())).get();

        assertThat(connections.get(owner, slug, elsewhere.id()).getLeft().code()).isEqualTo("connection-not-found");
        assertThat(connections.delete(owner, slug, ConnectionId.random()).getLeft().code()).isEqualTo("connection-not-found");
    }

    @Test
    void get_givenSealedValueThatDoesNotOpen_showsUnreadable() {
        var view = meta("1234");
        Connection stored = test.stores.connections().byId(tenant, view.id()).get();
        SealedSecret sealed = stored.credentials().get();
        byte[] changed = sealed.ciphertext();
        changed[0] ^= 1;
        test.stores.connections().replace(new Connection(stored.id(), stored.tenant(), stored.platform(),
                stored.externalAccountId(), stored.name(), stored.schedule(), stored.status(),
                Option.of(new SealedSecret(sealed.algorithm(), sealed.masterKeyId(), sealed.dataKeyVersion(),
                        sealed.wrappedKey(), sealed.nonce(), changed)), stored.fingerprints(), stored.tokenExpiresAt(),
                stored.airbyteSourceId(), stored.airbyteConnectionId(), stored.createdAt(), stored.updatedAt()));

        assertThat(connections.get(owner, slug, view.id()).get().credentials()).isEqualTo(CredentialsState.UNREADABLE);
        assertThat(connections.list(owner, slug, PageQuery.defaults()).get().items().get(0).credentials())
                .isEqualTo(CredentialsState.UNREADABLE);
    }

    @Test
    void create_givenAuditFailure_keepsNothing() {
        test.audit.failRecord(1);

        try {
            meta("1234");
        } catch (RuntimeException expected) {
            // the unit rolled back
        }

        assertThat(connections.list(owner, slug, PageQuery.defaults()).get().items()).isEmpty();
    }

    @Test
    void list_givenAnotherTenantsConnections_showsOnlyItsOwn() {
        meta("1");
        Slug otherSlug = newTenantOwnedBy(ann);

        assertThat(connections.list(owner, otherSlug, PageQuery.defaults()).get().items()).isEmpty();
        assertThat(List.of(connections.list(owner, slug, PageQuery.defaults()).get().items().size())).containsExactly(1);
    }

    @Test
    void readiness_givenEachKindOfProblem_failsTheOneCheckOfThatConnectionOnly() {
        Connections.View good = meta("1001");
        Connections.View ended = meta("1002");
        Connection endedStored = test.stores.connections().byId(tenant, ended.id()).get();
        test.stores.connections().replace(new Connection(endedStored.id(), tenant, endedStored.platform(),
                endedStored.externalAccountId(), endedStored.name(), endedStored.schedule(), endedStored.status(),
                endedStored.credentials(), endedStored.fingerprints(), Option.of(java.time.Instant.parse("2020-01-01T00:00:00Z")),
                Option.none(), Option.none(), endedStored.createdAt(), endedStored.updatedAt()));
        Connection bare = Connection.recordOf(ConnectionId.random(), tenant, net.adtelligent.domain.fact.Platform.META_ADS,
                "1003", "Recorded for earlier facts", endedStored.createdAt().plusSeconds(1));
        test.stores.connections().add(bare);
        connections.pause(owner, slug, meta("1004").id()).get();

        var checks = test.core.connectionReadiness().check(slug, java.util.Set.of()).get();
        var withMeta = test.core.connectionReadiness().check(slug, java.util.Set.of("meta_ads.ads_insights")).get();

        assertThat(checks).hasSize(9).extracting(check -> check.connection() + " " + check.kind().wireName() + " "
                + check.passed()).containsExactly(
                good.id() + " credentials true", good.id() + " token true", good.id() + " contracts false",
                ended.id() + " credentials true", ended.id() + " token false", ended.id() + " contracts false",
                bare.id() + " credentials false", bare.id() + " token true", bare.id() + " contracts false");
        assertThat(checks.get(2).detail()).contains("no data contract for meta_ads.ads_insights");
        assertThat(withMeta).filteredOn(check -> !check.passed()).extracting(check -> check.connection())
                .containsExactly(ended.id(), bare.id());
        assertThat(checks.toString()).doesNotContain(TOKEN);
        assertThat(test.core.connectionReadiness().check(new Slug("no-such-tenant"), java.util.Set.of()).getLeft().detail())
                .contains("no-such-tenant");
    }
}
