package net.adtelligent.ports.out;

import static net.adtelligent.ports.out.IdentityFixtures.NOW;
import static net.adtelligent.ports.out.IdentityFixtures.race;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import net.adtelligent.domain.identity.Membership;
import net.adtelligent.domain.identity.Role;
import net.adtelligent.domain.identity.UserId;
import net.adtelligent.domain.tenant.TenantId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every MembershipStore must do. An adapter's test extends this and only says how to build one. */
public abstract class MembershipStoreContract {

    private MembershipStore store;
    private TenantId acme;
    private TenantId globex;
    private UserId ann;
    private UserId bob;

    /** The store under test. It may hold other tests' rows: every test uses tenants and users of its own. */
    protected abstract MembershipStore store();

    /** Where the tenants that memberships point at are registered (the same database, for a real store). */
    protected abstract TenantStore tenantStore();

    /** Where the users that memberships point at are registered. */
    protected abstract UserStore userStore();

    @BeforeEach
    void setUp() {
        store = store();
        acme = IdentityFixtures.newTenant(tenantStore());
        globex = IdentityFixtures.newTenant(tenantStore());
        ann = IdentityFixtures.newUser(userStore());
        bob = IdentityFixtures.newUser(userStore());
    }

    @Test
    void put_givenNewMembership_isFoundByTenantAndUser() {
        Membership member = new Membership(acme, ann, Role.ANALYST, NOW);

        store.put(member);

        assertThat(store.of(acme, ann).get()).isEqualTo(member);
        assertThat(store.ofTenant(acme)).containsExactly(member);
        assertThat(store.ofUser(ann)).containsExactly(member);
    }

    @Test
    void put_givenExistingMembership_replacesTheRoleAndKeepsCreatedAt() {
        store.put(new Membership(acme, ann, Role.VIEWER, NOW));

        store.put(new Membership(acme, ann, Role.ADMIN, NOW.plusSeconds(3600)));

        assertThat(store.of(acme, ann).get()).isEqualTo(new Membership(acme, ann, Role.ADMIN, NOW));
        assertThat(store.ofTenant(acme)).hasSize(1);
    }

    @Test
    void put_givenSameUserAndTenantConcurrently_keepsExactlyOne() throws Exception {
        Role[] roles = Role.values();
        AtomicInteger attempt = new AtomicInteger();

        race(16, () -> {
            store.put(new Membership(acme, ann, roles[attempt.getAndIncrement() % roles.length], NOW));
            return true;
        });

        assertThat(store.ofTenant(acme)).hasSize(1);
        assertThat(store.ofUser(ann)).hasSize(1);
    }

    @Test
    void of_givenMemberOfAnotherTenantOnly_isEmpty() {
        store.put(new Membership(acme, ann, Role.OWNER, NOW));

        assertThat(store.of(globex, ann)).isEmpty();
        assertThat(store.of(acme, bob)).isEmpty();
    }

    @Test
    void ofTenant_givenMembersOfTwoTenants_listsOnlyThatTenantsOldestFirst() {
        UserId cat = IdentityFixtures.newUser(userStore());
        Membership newest = new Membership(acme, ann, Role.VIEWER, NOW.plusSeconds(20));
        Membership oldest = new Membership(acme, bob, Role.OWNER, NOW);
        Membership middle = new Membership(acme, cat, Role.ANALYST, NOW.plusSeconds(10));
        Membership elsewhere = new Membership(globex, ann, Role.OWNER, NOW.minusSeconds(10));
        for (Membership membership : List.of(newest, elsewhere, oldest, middle)) {
            store.put(membership);
        }

        assertThat(store.ofTenant(acme)).containsExactly(oldest, middle, newest);
        assertThat(store.ofTenant(globex)).containsExactly(elsewhere);
    }

    @Test
    void ofTenant_givenNoMembers_isEmpty() {
        assertThat(store.ofTenant(acme)).isEmpty();
    }

    @Test
    void ofUser_givenMembershipsInSeveralTenants_listsAllOfThatUserOnly() {
        Membership annInAcme = new Membership(acme, ann, Role.OWNER, NOW);
        Membership annInGlobex = new Membership(globex, ann, Role.VIEWER, NOW.plusSeconds(5));
        store.put(annInAcme);
        store.put(annInGlobex);
        store.put(new Membership(acme, bob, Role.ADMIN, NOW));

        assertThat(store.ofUser(ann)).containsExactlyInAnyOrder(annInAcme, annInGlobex);
        assertThat(store.ofUser(IdentityFixtures.newUser(userStore()))).isEmpty();
    }

    @Test
    void remove_givenMembership_removesOnlyThatOneAndAnswersTrue() {
        Membership annInGlobex = new Membership(globex, ann, Role.VIEWER, NOW);
        Membership bobInAcme = new Membership(acme, bob, Role.OWNER, NOW);
        store.put(new Membership(acme, ann, Role.ANALYST, NOW));
        store.put(annInGlobex);
        store.put(bobInAcme);

        assertThat(store.remove(acme, ann)).isTrue();

        assertThat(store.of(acme, ann)).isEmpty();
        assertThat(store.ofUser(ann)).containsExactly(annInGlobex);
        assertThat(store.ofTenant(acme)).containsExactly(bobInAcme);
    }

    @Test
    void remove_givenNoMembership_answersFalse() {
        store.put(new Membership(globex, ann, Role.VIEWER, NOW));

        assertThat(store.remove(acme, ann)).isFalse();
        assertThat(store.remove(globex, bob)).isFalse();
        assertThat(store.ofUser(ann)).hasSize(1);
    }

    @Test
    void put_givenRemovedMembership_addsItAgainWithTheNewCreatedAt() {
        store.put(new Membership(acme, ann, Role.OWNER, NOW));
        store.remove(acme, ann);
        Membership again = new Membership(acme, ann, Role.VIEWER, NOW.plusSeconds(60));

        store.put(again);

        assertThat(store.of(acme, ann).get()).isEqualTo(again);
    }
}
