package net.adtelligent.ports.out;

import static net.adtelligent.ports.out.IdentityFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Map;
import java.util.UUID;
import net.adtelligent.domain.audit.AuditAction;
import net.adtelligent.domain.audit.AuditEvent;
import net.adtelligent.domain.audit.ClientInfo;
import net.adtelligent.domain.identity.Membership;
import net.adtelligent.domain.identity.Role;
import net.adtelligent.domain.identity.UserId;
import net.adtelligent.domain.tenant.Tenant;
import net.adtelligent.domain.tenant.TenantId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every UnitOfWork must do over the stores of its technology. An adapter's test says how to build them. */
public abstract class UnitOfWorkContract {

    private UnitOfWork units;
    private MembershipStore memberships;
    private TenantId acme;
    private TenantId globex;
    private UserId ann;

    protected abstract UnitOfWork unitOfWork();

    /** The stores below must be the ones {@link #unitOfWork()} groups (the same database, say). */
    protected abstract TenantStore tenantStore();

    protected abstract UserStore userStore();

    protected abstract MembershipStore membershipStore();

    protected abstract AuditLog auditLog();

    @BeforeEach
    void setUp() {
        units = unitOfWork();
        memberships = membershipStore();
        acme = IdentityFixtures.newTenant(tenantStore());
        globex = IdentityFixtures.newTenant(tenantStore());
        ann = IdentityFixtures.newUser(userStore());
    }

    @Test
    void inTenant_givenWorkThatReturns_keepsEveryWriteAndAnswersItsResult() {
        String answer = units.inTenant(acme, () -> {
            memberships.put(new Membership(acme, ann, Role.ADMIN, NOW));
            auditLog().record(event(acme));
            return "done";
        });

        assertThat(answer).isEqualTo("done");
        assertThat(memberships.of(acme, ann)).isNotEmpty();
        assertThat(auditLog().search(acme, AuditFilter.all(), Option.none(), 10)).hasSize(1);
    }

    @Test
    void inTenant_givenWorkThatThrowsAfterWriting_keepsNothingOfItAndRethrows() {
        IllegalStateException failure = new IllegalStateException("the second write failed");

        assertThatThrownBy(() -> units.inTenant(acme, () -> {
            memberships.put(new Membership(acme, ann, Role.ADMIN, NOW));
            auditLog().record(event(acme));
            throw failure;
        })).isSameAs(failure);

        assertThat(memberships.of(acme, ann)).isEmpty();
        assertThat(memberships.ofTenant(acme)).isEmpty();
        assertThat(auditLog().search(acme, AuditFilter.all(), Option.none(), 10)).isEmpty();
    }

    @Test
    void inTenant_givenWorkThatThrowsAfterChangingARow_leavesTheRowAsItWas() {
        memberships.put(new Membership(acme, ann, Role.VIEWER, NOW));

        assertThatThrownBy(() -> units.inTenant(acme, () -> {
            memberships.put(new Membership(acme, ann, Role.OWNER, NOW));
            memberships.remove(acme, ann);
            throw new IllegalStateException("stop");
        })).hasMessage("stop");

        assertThat(memberships.of(acme, ann).map(Membership::role)).contains(Role.VIEWER);
    }

    @Test
    void inSystem_givenADirectoryAndATenantWriteThenAFailure_keepsNeither() {
        Tenant fresh = TenantFixtures.tenant(IdentityFixtures.unique("uow"));

        assertThatThrownBy(() -> units.inSystem(() -> {
            tenantStore().add(fresh);
            memberships.put(new Membership(fresh.id(), ann, Role.OWNER, NOW));
            throw new IllegalStateException("stop");
        })).hasMessage("stop");

        assertThat(tenantStore().byId(fresh.id())).isEmpty();
        assertThat(tenantStore().bySlug(fresh.slug())).isEmpty();
        assertThat(memberships.ofUser(ann)).isEmpty();
    }

    @Test
    void inTenant_givenANestedUnitOfTheSameTenant_joinsItAndRollsBackWithIt() {
        assertThatThrownBy(() -> units.inTenant(acme, () -> {
            units.inTenant(acme, () -> {
                memberships.put(new Membership(acme, ann, Role.ADMIN, NOW));
                return null;
            });
            assertThat(memberships.of(acme, ann)).isNotEmpty(); // the unit reads its own writes
            throw new IllegalStateException("after the nested unit returned");
        })).hasMessage("after the nested unit returned");

        assertThat(memberships.of(acme, ann)).isEmpty();
    }

    @Test
    void inTenant_givenANestedUnitOfAnotherTenant_isRefusedAndTheOuterKeepsNothing() {
        assertThatThrownBy(() -> units.inTenant(acme, () -> {
            memberships.put(new Membership(acme, ann, Role.ADMIN, NOW));
            return units.inTenant(globex, () -> {
                memberships.put(new Membership(globex, ann, Role.ADMIN, NOW));
                return null;
            });
        })).isInstanceOf(IllegalStateException.class).hasMessageContaining(globex.toString());

        assertThat(memberships.ofUser(ann)).isEmpty();
    }

    @Test
    void decide_givenALeftAfterWriting_answersItAndKeepsNothing() {
        Either<String, String> outcome = units.decide(() -> {
            memberships.put(new Membership(acme, ann, Role.ADMIN, NOW));
            return Either.left("refused after writing");
        });

        assertThat(outcome).isEqualTo(Either.left("refused after writing"));
        assertThat(memberships.of(acme, ann)).isEmpty();
    }

    @Test
    void decide_givenARight_keepsTheWrites() {
        Either<String, Membership> outcome = units.decide(() -> {
            Membership made = new Membership(acme, ann, Role.ADMIN, NOW);
            memberships.put(made);
            return Either.right(made);
        });

        assertThat(outcome.isRight()).isTrue();
        assertThat(memberships.of(acme, ann)).contains(outcome.get());
    }

    private static AuditEvent event(TenantId tenant) {
        return new AuditEvent(UUID.randomUUID(), Option.of(tenant), Option.none(), AuditAction.MEMBER_JOINED, "user",
                "u-1", ClientInfo.local("unit of work contract"), NOW, Map.of());
    }
}
