package net.adtelligent.adapters.postgres;

import static net.adtelligent.ports.out.IdentityFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import net.adtelligent.domain.identity.Invitation;
import net.adtelligent.domain.identity.Role;
import net.adtelligent.domain.tenant.TenantId;
import net.adtelligent.ports.out.IdentityFixtures;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The schema as production runs it: owned by a login that is no superuser, so FORCE row level
 * security applies to the owner too. The invitation functions run as that owner and must still
 * reach the one invitation of the token presented, and nothing more.
 */
class OwnerWithoutSuperuserTest {

    private static PostgresDatabase database;
    private static Jdbi owner;
    private static Invitation invitation;

    @BeforeAll
    static void migrateAsPlainOwner() {
        PostgresSettings fresh = EmbeddedPostgresFixture.freshDatabase();
        String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String ownerRole = "owner_" + suffix;
        String appRole = "app_" + suffix;
        String name = fresh.jdbcUrl().substring(fresh.jdbcUrl().lastIndexOf('/') + 1);
        // What a DBA does once: the owner logs in and owns the database; the service role is its member.
        Jdbi.create(fresh.jdbcUrl(), fresh.user(), fresh.password()).useHandle(handle -> {
            handle.execute("create role " + ownerRole + " login nosuperuser nobypassrls");
            handle.execute("create role " + appRole + " nologin nosuperuser nobypassrls");
            handle.execute("grant " + appRole + " to " + ownerRole);
            handle.execute("alter database " + name + " owner to " + ownerRole);
            handle.execute("alter schema public owner to " + ownerRole);
        });
        PostgresSettings settings = new PostgresSettings(fresh.jdbcUrl(), ownerRole, "", appRole);
        database = PostgresDatabase.open(settings);
        database.migrate();
        owner = Jdbi.create(settings.jdbcUrl(), settings.user(), settings.password());
        TenantId tenant = IdentityFixtures.newTenant(database.tenantStore());
        invitation = Invitation.issue(IdentityFixtures.tokenHash(), tenant, IdentityFixtures.uniqueEmail(), Role.ADMIN,
                IdentityFixtures.newUser(database.userStore()), NOW);
        database.invitationStore().add(invitation);
        database.invitationStore().add(Invitation.issue(IdentityFixtures.tokenHash(), tenant,
                IdentityFixtures.uniqueEmail(), Role.VIEWER, invitation.invitedBy(), NOW));
    }

    @AfterAll
    static void closeDatabase() {
        database.close();
    }

    @Test
    void pendingAndAccept_givenOwnerWhoIsNoSuperuser_reachTheInvitationOfTheToken() {
        assertThat(database.invitationStore().pending(invitation.tokenHash(), NOW.plusSeconds(1)).get())
                .isEqualTo(invitation);
        assertThat(database.invitationStore().accept(invitation.tokenHash(), NOW.plusSeconds(2)).get().acceptedAt())
                .contains(NOW.plusSeconds(2));
        assertThat(database.invitationStore().accept(invitation.tokenHash(), NOW.plusSeconds(3))).isEmpty();
    }

    @Test
    void select_givenOwnerWithoutTenant_seesOnlyTheInvitationItsTokenSettingNames() {
        int withoutSetting = owner.withHandle(handle ->
                handle.createQuery("select count(*) from invitations").mapTo(Integer.class).one());
        int withSetting = owner.inTransaction(handle -> {
            handle.execute("select set_config('adt.invitation_token_hash', ?, true)", invitation.tokenHash());
            return handle.createQuery("select count(*) from invitations").mapTo(Integer.class).one();
        });

        assertThat(withoutSetting).isZero();
        assertThat(withSetting).isEqualTo(1);
    }

    @Test
    void update_givenPlainOwner_isRefusedByTheAuditTrigger() {
        assertThatThrownBy(() -> owner.useHandle(handle -> handle.execute("delete from account_events")))
                .hasMessageContaining("the audit log is append-only: DELETE on account_events");
    }
}
