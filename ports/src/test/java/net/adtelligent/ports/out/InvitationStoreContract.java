package net.adtelligent.ports.out;

import static net.adtelligent.ports.out.IdentityFixtures.NOW;
import static net.adtelligent.ports.out.IdentityFixtures.race;
import static net.adtelligent.ports.out.IdentityFixtures.tokenHash;
import static net.adtelligent.ports.out.IdentityFixtures.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Option;
import java.time.Instant;
import java.util.List;
import net.adtelligent.domain.identity.Invitation;
import net.adtelligent.domain.identity.Role;
import net.adtelligent.domain.identity.UserId;
import net.adtelligent.domain.tenant.TenantId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every InvitationStore must do. An adapter's test extends this and only says how to build one. */
public abstract class InvitationStoreContract {

    private static final Instant SOON = NOW.plusSeconds(60);

    private InvitationStore store;
    private TenantId acme;
    private UserId inviter;

    /** The store under test. It may hold other tests' rows: every test uses tenants and tokens of its own. */
    protected abstract InvitationStore store();

    /** Where the tenants that invitations point at are registered (the same database, for a real store). */
    protected abstract TenantStore tenantStore();

    /** Where the users who invite are registered. */
    protected abstract UserStore userStore();

    @BeforeEach
    void setUp() {
        store = store();
        acme = IdentityFixtures.newTenant(tenantStore());
        inviter = IdentityFixtures.newUser(userStore());
    }

    @Test
    void pending_givenUsableInvitation_answersItWithEveryFieldAndLeavesItOpen() {
        Invitation invitation = added(acme, Role.ANALYST);

        assertThat(store.pending(invitation.tokenHash(), SOON).get()).isEqualTo(invitation);
        assertThat(store.pending(invitation.tokenHash(), SOON).get()).isEqualTo(invitation);
        assertThat(store.accept(invitation.tokenHash(), SOON)).isNotEmpty();
    }

    @Test
    void accept_givenUsableInvitation_answersItMarkedAccepted() {
        Invitation invitation = added(acme, Role.OWNER);

        Option<Invitation> accepted = store.accept(invitation.tokenHash(), SOON);

        assertThat(accepted.get()).isEqualTo(new Invitation(invitation.tokenHash(), acme, invitation.email(),
                Role.OWNER, inviter, NOW, invitation.expiresAt(), Option.of(SOON)));
    }

    @Test
    void acceptAndPending_givenAcceptedInvitation_areEmpty() {
        Invitation invitation = added(acme, Role.VIEWER);
        store.accept(invitation.tokenHash(), SOON);

        assertThat(store.accept(invitation.tokenHash(), SOON.plusSeconds(1))).isEmpty();
        assertThat(store.pending(invitation.tokenHash(), SOON.plusSeconds(1))).isEmpty();
    }

    @Test
    void acceptAndPending_givenTheMomentItExpires_areEmpty() {
        Invitation invitation = added(acme, Role.VIEWER);
        Instant expiry = invitation.expiresAt();

        assertThat(store.pending(invitation.tokenHash(), expiry)).isEmpty();
        assertThat(store.accept(invitation.tokenHash(), expiry)).isEmpty();
        assertThat(store.accept(invitation.tokenHash(), expiry.minusNanos(1000))).isNotEmpty();
    }

    @Test
    void acceptAndPending_givenUnknownHash_areEmpty() {
        added(acme, Role.VIEWER);

        assertThat(store.pending(tokenHash(), SOON)).isEmpty();
        assertThat(store.accept(tokenHash(), SOON)).isEmpty();
    }

    @Test
    void accept_givenRacingRequestsWithOneToken_atMostOneGetsIt() throws Exception {
        Invitation invitation = added(acme, Role.ADMIN);

        List<Boolean> got = race(16, () -> store.accept(invitation.tokenHash(), SOON).isDefined());

        assertThat(got).containsOnlyOnce(true);
    }

    @Test
    void accept_givenInvitationsIntoTwoTenants_acceptsOnlyTheOneOfItsToken() {
        TenantId globex = IdentityFixtures.newTenant(tenantStore());
        Invitation intoAcme = added(acme, Role.VIEWER);
        Invitation intoGlobex = added(globex, Role.VIEWER);

        assertThat(store.accept(intoGlobex.tokenHash(), SOON).get().tenantId()).isEqualTo(globex);

        assertThat(store.pending(intoAcme.tokenHash(), SOON).get()).isEqualTo(intoAcme);
    }

    private Invitation added(TenantId tenant, Role role) {
        Invitation invitation = Invitation.issue(tokenHash(), tenant, uniqueEmail(), role, inviter, NOW);
        store.add(invitation);
        return invitation;
    }
}
