package net.adtelligent.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Either;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import net.adtelligent.domain.Rejection;
import net.adtelligent.domain.identity.Invitation;
import net.adtelligent.domain.identity.OpaqueToken;
import net.adtelligent.domain.identity.Role;
import net.adtelligent.domain.identity.User;
import net.adtelligent.domain.tenant.Slug;
import net.adtelligent.domain.tenant.TenantId;
import net.adtelligent.ports.in.Actor;
import net.adtelligent.ports.out.IdentityFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * "A tenant keeps at least one owner" when an invitation is accepted while the members change: two
 * owners, each holding an old viewer invitation (as one left from before revocations existed), accept
 * it at the moment the other acts, round after round. Accepting must take the lock every member
 * change takes and decide under it, or some round ends with no owner.
 */
public abstract class InvitationRaceContract extends CoreContract {

    private static final int ROUNDS = 40;

    private final ExecutorService threads = Executors.newFixedThreadPool(2);

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    @Test
    void acceptInvitation_givenBothOwnersAcceptingStaleViewerInvitationsAtOnce_leavesExactlyOneOwner() throws Exception {
        race((round, bob) -> test.core.members().acceptInvitation(round.forAnn, PASSWORD, CLIENT),
                (round, bob) -> test.core.members().acceptInvitation(round.forBob, PASSWORD, CLIENT));
    }

    @Test
    void acceptInvitation_givenTheOtherOwnerDemotedAtOnce_leavesExactlyOneOwner() throws Exception {
        race((round, bob) -> test.core.members().acceptInvitation(round.forBob, PASSWORD, CLIENT),
                (round, bob) -> test.core.members().changeRole(as(bob), round.slug, ann.id(), "admin"));
    }

    @Test
    void acceptInvitation_givenTheOtherOwnerRemovedAtOnce_leavesExactlyOneOwner() throws Exception {
        race((round, bob) -> test.core.members().acceptInvitation(round.forBob, PASSWORD, CLIENT),
                (round, bob) -> test.core.members().remove(as(bob), round.slug, ann.id()));
    }

    /** One round's tenant, owned by ann and bob, and each one's viewer invitation from the other. */
    private record Round(Slug slug, String forAnn, String forBob) {
    }

    private interface Move {
        Either<Rejection, ?> run(Round round, User bob);
    }

    private void race(Move first, Move second) throws Exception {
        User bob = test.core.manageUsers().createUser(SYSTEM, IdentityFixtures.uniqueEmail().value(), PASSWORD).get();
        for (int i = 0; i < ROUNDS; i++) {
            Slug slug = newTenantOwnedBy(ann);
            test.core.manageUsers().addMember(SYSTEM, slug.value(), bob, Role.OWNER).get();
            TenantId tenant = test.stores.tenants().bySlug(slug).get().id();
            Round round = new Round(slug, stale(tenant, bob, ann), stale(tenant, ann, bob));
            CyclicBarrier start = new CyclicBarrier(2);
            Future<Either<Rejection, ?>> a = threads.submit(() -> {
                start.await(10, TimeUnit.SECONDS);
                return first.run(round, bob);
            });
            Future<Either<Rejection, ?>> b = threads.submit(() -> {
                start.await(10, TimeUnit.SECONDS);
                return second.run(round, bob);
            });
            List<Either<Rejection, ?>> outcomes = List.of(a.get(30, TimeUnit.SECONDS), b.get(30, TimeUnit.SECONDS));

            assertThat(test.stores.memberships().ofTenant(tenant).stream().filter(m -> m.role() == Role.OWNER))
                    .as("owners of round %d", i).hasSize(1);
            assertThat(outcomes.stream().filter(Either::isRight)).as("changes made in round %d: %s", i, outcomes).hasSize(1);
        }
    }

    /** An invitation of {@code invitee} as a viewer, sent by {@code sender}, stored as it was left. */
    private String stale(TenantId tenant, User sender, User invitee) {
        OpaqueToken token = OpaqueToken.generate();
        test.stores.invitations().add(Invitation.issue(token.hash(), tenant, invitee.email(), Role.VIEWER, sender.id(),
                Instant.now()));
        return token.plain();
    }

    private static Actor as(User user) {
        return Actor.user(user.id(), CLIENT);
    }
}
