package net.adtelligent.adapters.postgres;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.adtelligent.domain.identity.Invitation;
import net.adtelligent.domain.identity.OpaqueToken;
import net.adtelligent.domain.identity.Role;
import net.adtelligent.ports.out.IdentityFixtures;
import net.adtelligent.ports.out.InvitationStore;
import net.adtelligent.ports.out.InvitationStoreContract;
import net.adtelligent.ports.out.TenantStore;
import net.adtelligent.ports.out.UserStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The shared InvitationStore contract on a real database, plus what only PostgreSQL can get wrong. */
class PostgresInvitationStoreTest extends InvitationStoreContract {

    @RegisterExtension
    static final ClassDatabase DATABASE = new ClassDatabase();

    /** One database for the class; the contract keeps tests apart with tenants and users of their own. */
    @Override
    protected InvitationStore store() {
        return DATABASE.get().invitationStore();
    }

    @Override
    protected TenantStore tenantStore() {
        return DATABASE.get().tenantStore();
    }

    @Override
    protected UserStore userStore() {
        return DATABASE.get().userStore();
    }

    @Test
    void add_givenPlainTokenInsteadOfItsHash_isRefusedByTheTable() {
        Invitation plain = Invitation.issue(OpaqueToken.generate().plain(),
                IdentityFixtures.newTenant(DATABASE.get().tenantStore()), IdentityFixtures.uniqueEmail(), Role.VIEWER,
                IdentityFixtures.newUser(DATABASE.get().userStore()), IdentityFixtures.NOW);

        assertThatThrownBy(() -> DATABASE.get().invitationStore().add(plain)).hasMessageContaining("invitations_hash_only");
    }
}
