package net.adtelligent.adapters.postgres;

import static net.adtelligent.ports.out.IdentityFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.adtelligent.domain.identity.Membership;
import net.adtelligent.domain.identity.Role;
import net.adtelligent.domain.identity.UserId;
import net.adtelligent.domain.tenant.TenantId;
import net.adtelligent.ports.out.AuditLog;
import net.adtelligent.ports.out.IdentityFixtures;
import net.adtelligent.ports.out.MembershipStore;
import net.adtelligent.ports.out.TenantStore;
import net.adtelligent.ports.out.UnitOfWork;
import net.adtelligent.ports.out.UnitOfWorkContract;
import net.adtelligent.ports.out.UserStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The shared UnitOfWork contract on a real database, and what only its transactions can show. */
class PostgresUnitOfWorkTest extends UnitOfWorkContract {

    @RegisterExtension
    static final ClassDatabase DATABASE = new ClassDatabase();

    @Override
    protected UnitOfWork unitOfWork() {
        return DATABASE.get().unitOfWork();
    }

    @Override
    protected TenantStore tenantStore() {
        return DATABASE.get().tenantStore();
    }

    @Override
    protected UserStore userStore() {
        return DATABASE.get().userStore();
    }

    @Override
    protected MembershipStore membershipStore() {
        return DATABASE.get().membershipStore();
    }

    @Override
    protected AuditLog auditLog() {
        return DATABASE.get().auditLog();
    }

    @Test
    void inTenant_givenAStoreCallForAnotherTenant_isRefusedAndKeepsNothing() {
        TenantId acme = IdentityFixtures.newTenant(tenantStore());
        TenantId globex = IdentityFixtures.newTenant(tenantStore());
        UserId ann = IdentityFixtures.newUser(userStore());

        assertThatThrownBy(() -> unitOfWork().inTenant(acme, () -> {
            membershipStore().put(new Membership(acme, ann, Role.ADMIN, NOW));
            membershipStore().put(new Membership(globex, ann, Role.ADMIN, NOW));
            return null;
        })).isInstanceOf(IllegalStateException.class).hasMessageContaining("never switch tenants");

        assertThat(membershipStore().ofUser(ann)).isEmpty();
    }

    @Test
    void inSystem_givenAUsersMembershipsReadInsideATenantUnit_seesThemAndTheTenantStaysBound() {
        TenantId acme = IdentityFixtures.newTenant(tenantStore());
        TenantId globex = IdentityFixtures.newTenant(tenantStore());
        UserId ann = IdentityFixtures.newUser(userStore());
        membershipStore().put(new Membership(globex, ann, Role.VIEWER, NOW));

        int seen = unitOfWork().inTenant(acme, () -> {
            membershipStore().put(new Membership(acme, ann, Role.ADMIN, NOW));
            return membershipStore().ofUser(ann).size();
        });

        assertThat(seen).isEqualTo(2);
        assertThat(membershipStore().of(acme, ann)).isNotEmpty();
    }
}
