package net.adtelligent.adapters.postgres;

import static net.adtelligent.ports.out.IdentityFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import net.adtelligent.domain.identity.Membership;
import net.adtelligent.domain.identity.Role;
import net.adtelligent.domain.identity.UserId;
import net.adtelligent.domain.tenant.TenantId;
import net.adtelligent.ports.out.IdentityFixtures;
import net.adtelligent.ports.out.MembershipStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The read cache and units of work: what a unit reads or writes is not kept for other callers
 * until it is committed, so a rolled-back unit leaves no answer behind in the cache (the clock
 * never moves here: without that rule the rolled-back answer would be served for the whole minute).
 */
class RecentReadsRollbackTest {

    private final AtomicLong nanos = new AtomicLong();
    private PostgresDatabase database;
    private MembershipStore memberships;
    private TenantId acme;
    private UserId ann;

    @BeforeEach
    void open() {
        database = PostgresDatabase.open(EmbeddedPostgresFixture.migratedDatabase(), Duration.ofMinutes(1), nanos::get);
        memberships = database.membershipStore();
        acme = IdentityFixtures.newTenant(database.tenantStore());
        ann = IdentityFixtures.newUser(database.userStore());
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void of_givenAMembershipWrittenAndReadInAUnitThatRollsBack_isNotServedAfterwards() {
        assertThat(memberships.of(acme, ann)).isEmpty(); // the absence is kept

        assertThatThrownBy(() -> database.unitOfWork().inTenant(acme, () -> {
            memberships.put(new Membership(acme, ann, Role.ADMIN, NOW));
            assertThat(memberships.of(acme, ann)).isNotEmpty(); // read inside: its own write
            throw new IllegalStateException("rolled back");
        })).hasMessage("rolled back");

        assertThat(memberships.of(acme, ann)).isEmpty();
    }

    @Test
    void of_givenAMembershipChangedInAUnitThatCommits_isServedAsCommitted() {
        memberships.put(new Membership(acme, ann, Role.VIEWER, NOW));
        assertThat(memberships.of(acme, ann).map(Membership::role)).contains(Role.VIEWER); // kept

        database.unitOfWork().inTenant(acme, () -> {
            memberships.put(new Membership(acme, ann, Role.ADMIN, NOW));
            return memberships.of(acme, ann);
        });

        assertThat(memberships.of(acme, ann).map(Membership::role)).contains(Role.ADMIN);
    }

    @Test
    void of_givenAnAnswerKeptByAnotherThreadWhileAUnitChangesIt_isForgottenWhenTheUnitEnds() throws Exception {
        memberships.put(new Membership(acme, ann, Role.VIEWER, NOW));

        database.unitOfWork().inTenant(acme, () -> {
            memberships.put(new Membership(acme, ann, Role.ADMIN, NOW));
            Thread reader = new Thread(() -> memberships.of(acme, ann)); // sees VIEWER, committed, and keeps it
            reader.start();
            join(reader);
            return null;
        });

        assertThat(memberships.of(acme, ann).map(Membership::role)).contains(Role.ADMIN);
    }

    private static void join(Thread thread) {
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
