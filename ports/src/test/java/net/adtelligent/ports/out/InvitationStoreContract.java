package net.adtelligent.ports.out;

import static net.adtelligent.ports.out.IdentityFixtures.NOW;
import static net.adtelligent.ports.out.IdentityFixtures.race;
import static net.adtelligent.ports.out.IdentityFixtures.tokenHash;
import static net.adtelligent.ports.out.IdentityFixtures.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Option;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import net.adtelligent.domain.identity.Email;
import net.adtelligent.domain.identity.Invitation;
import net.adtelligent.domain.identity.InvitationId;
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

        assertThat(accepted.get()).isEqualTo(new Invitation(invitation.id(), invitation.tokenHash(), acme,
                invitation.email(), Role.OWNER, inviter, NOW, invitation.expiresAt(), Option.of(SOON), Option.none()));
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

    @Test
    void pendingIn_givenInvitationsInEveryState_answersTheTenantsUsableOnesOldestFirst() {
        TenantId globex = IdentityFixtures.newTenant(tenantStore());
        Invitation second = added(acme, uniqueEmail(), Role.ADMIN, NOW.plusSeconds(2));
        Invitation first = added(acme, uniqueEmail(), Role.VIEWER, NOW.plusSeconds(1));
        store.accept(added(acme, uniqueEmail(), Role.VIEWER, NOW).tokenHash(), SOON);
        store.revoke(acme, added(acme, uniqueEmail(), Role.VIEWER, NOW).id(), SOON);
        added(acme, uniqueEmail(), Role.VIEWER, NOW.minus(Invitation.LIFETIME));
        added(globex, uniqueEmail(), Role.VIEWER, NOW);

        assertThat(store.pendingIn(acme, SOON)).containsExactly(first, second);
    }

    @Test
    void revokePending_givenTheEmailsInvitationsInTwoTenants_revokesOnlyThisTenantsPendingOnes() {
        TenantId globex = IdentityFixtures.newTenant(tenantStore());
        Email grace = uniqueEmail();
        Invitation older = added(acme, grace, Role.ADMIN, NOW);
        Invitation newer = added(acme, grace, Role.VIEWER, NOW.plusSeconds(1));
        Invitation accepted = added(acme, grace, Role.ANALYST, NOW);
        store.accept(accepted.tokenHash(), SOON);
        Invitation elsewhere = added(globex, grace, Role.ADMIN, NOW);
        Invitation someoneElse = added(acme, uniqueEmail(), Role.ADMIN, NOW);

        List<Invitation> revoked = store.revokePending(acme, grace, SOON);

        assertThat(revoked).containsExactly(older.revokedAt(SOON), newer.revokedAt(SOON));
        assertThat(store.pending(older.tokenHash(), SOON)).isEmpty();
        assertThat(store.accept(newer.tokenHash(), SOON)).as("a revoked link no longer works").isEmpty();
        assertThat(store.pending(elsewhere.tokenHash(), SOON)).contains(elsewhere);
        assertThat(store.pending(someoneElse.tokenHash(), SOON)).contains(someoneElse);
        assertThat(store.revokePending(acme, grace, SOON)).as("nothing is revoked twice").isEmpty();
    }

    @Test
    void revoke_givenIdOfAnotherTenantOrAnEndedInvitation_isEmptyAndChangesNothing() {
        TenantId globex = IdentityFixtures.newTenant(tenantStore());
        Invitation ofGlobex = added(globex, uniqueEmail(), Role.VIEWER, NOW);
        Invitation accepted = added(acme, uniqueEmail(), Role.VIEWER, NOW);
        store.accept(accepted.tokenHash(), SOON);

        assertThat(store.revoke(acme, ofGlobex.id(), SOON)).isEmpty();
        assertThat(store.revoke(acme, accepted.id(), SOON)).isEmpty();
        assertThat(store.revoke(acme, InvitationId.random(), SOON)).isEmpty();
        assertThat(store.pending(ofGlobex.tokenHash(), SOON)).contains(ofGlobex);
        assertThat(store.revoke(globex, ofGlobex.id(), SOON)).contains(ofGlobex.revokedAt(SOON));
        assertThat(store.revoke(globex, ofGlobex.id(), SOON)).as("once").isEmpty();
    }

    @Test
    void acceptAndRevoke_givenRacingOnOneInvitation_exactlyOneWins() throws Exception {
        for (int round = 0; round < 10; round++) {
            Invitation invitation = added(acme, Role.ADMIN);
            AtomicInteger turn = new AtomicInteger();
            List<Boolean> won = race(2, () -> turn.getAndIncrement() == 0
                    ? store.accept(invitation.tokenHash(), SOON).isDefined()
                    : !store.revokePending(acme, invitation.email(), SOON).isEmpty());
            List<Boolean> mixed = race(2, () -> store.accept(invitation.tokenHash(), SOON).isDefined());

            assertThat(won).as("round %d", round).containsOnlyOnce(true);
            assertThat(mixed).as("nothing left to accept after the race").containsOnly(false);
        }
    }

    private Invitation added(TenantId tenant, Role role) {
        return added(tenant, uniqueEmail(), role, NOW);
    }

    private Invitation added(TenantId tenant, Email email, Role role, Instant issuedAt) {
        Invitation invitation = Invitation.issue(tokenHash(), tenant, email, role, inviter, issuedAt);
        store.add(invitation);
        return invitation;
    }
}
