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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shared InvitationStore contract on a real database, plus what only PostgreSQL can get wrong. */
class PostgresInvitationStoreTest extends InvitationStoreContract {

    private static PostgresDatabase database;

    @BeforeAll
    static void openDatabase() {
        database = PostgresDatabase.open(EmbeddedPostgresFixture.migratedDatabase());
    }

    @AfterAll
    static void closeDatabase() {
        database.close();
    }

    /** One database for the class; the contract keeps tests apart with tenants and users of their own. */
    @Override
    protected InvitationStore store() {
        return database.invitationStore();
    }

    @Override
    protected TenantStore tenantStore() {
        return database.tenantStore();
    }

    @Override
    protected UserStore userStore() {
        return database.userStore();
    }

    @Test
    void add_givenPlainTokenInsteadOfItsHash_isRefusedByTheTable() {
        Invitation plain = Invitation.issue(OpaqueToken.generate().plain(),
                IdentityFixtures.newTenant(database.tenantStore()), IdentityFixtures.uniqueEmail(), Role.VIEWER,
                IdentityFixtures.newUser(database.userStore()), IdentityFixtures.NOW);

        assertThatThrownBy(() -> database.invitationStore().add(plain)).hasMessageContaining("invitations_hash_only");
    }
}
