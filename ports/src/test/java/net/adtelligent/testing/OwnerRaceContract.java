package net.adtelligent.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Either;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import net.adtelligent.domain.Rejection;
import net.adtelligent.domain.identity.Membership;
import net.adtelligent.domain.identity.Role;
import net.adtelligent.domain.identity.User;
import net.adtelligent.domain.tenant.Slug;
import net.adtelligent.domain.tenant.TenantId;
import net.adtelligent.ports.in.Actor;
import net.adtelligent.ports.out.IdentityFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * "A tenant keeps at least one owner" under concurrency: two owners demote (or remove) each other
 * at the same moment, round after round, through the real use case. Counting the owners and writing
 * the change must be one step for every store, or some round ends with no owner.
 */
public abstract class OwnerRaceContract extends CoreContract {

    private static final int ROUNDS = 60;

    private final ExecutorService threads = Executors.newFixedThreadPool(2);

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    @Test
    void changeRole_givenTwoOwnersDemotingEachOtherAtOnce_leavesExactlyOneOwnerEveryRound() throws Exception {
        race((slug, ann, bob) -> test.core.members().changeRole(as(ann), slug, bob.id(), "admin"),
                (slug, ann, bob) -> test.core.members().changeRole(as(bob), slug, ann.id(), "admin"));
    }

    @Test
    void remove_givenTwoOwnersRemovingEachOtherAtOnce_leavesExactlyOneOwnerEveryRound() throws Exception {
        race((slug, ann, bob) -> test.core.members().remove(as(ann), slug, bob.id()),
                (slug, ann, bob) -> test.core.members().remove(as(bob), slug, ann.id()));
    }

    private interface Move {
        Either<Rejection, Membership> run(Slug slug, User ann, User bob);
    }

    private void race(Move first, Move second) throws Exception {
        User bob = test.core.manageUsers().createUser(SYSTEM, IdentityFixtures.uniqueEmail().value(), PASSWORD).get();
        for (int round = 0; round < ROUNDS; round++) {
            Slug slug = newTenantOwnedBy(ann);
            test.core.manageUsers().addMember(SYSTEM, slug.value(), bob, Role.OWNER).get();
            CyclicBarrier start = new CyclicBarrier(2);
            Future<Either<Rejection, Membership>> a = threads.submit(() -> {
                start.await(10, TimeUnit.SECONDS);
                return first.run(slug, ann, bob);
            });
            Future<Either<Rejection, Membership>> b = threads.submit(() -> {
                start.await(10, TimeUnit.SECONDS);
                return second.run(slug, ann, bob);
            });
            List<Either<Rejection, Membership>> outcomes = List.of(a.get(30, TimeUnit.SECONDS), b.get(30, TimeUnit.SECONDS));

            TenantId tenant = test.stores.tenants().bySlug(slug).get().id();
            assertThat(test.stores.memberships().ofTenant(tenant).stream().filter(m -> m.role() == Role.OWNER))
                    .as("owners of round %d", round).hasSize(1);
            assertThat(outcomes.stream().filter(Either::isRight)).as("changes made in round %d", round).hasSize(1);
        }
    }

    private static Actor as(User user) {
        return Actor.user(user.id(), CLIENT);
    }
}
