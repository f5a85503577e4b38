package net.adtelligent.adapters.postgres;

import static net.adtelligent.adapters.postgres.IsolationFixture.INSUFFICIENT_PRIVILEGE;
import static net.adtelligent.adapters.postgres.IsolationFixture.sqlStateOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.adtelligent.domain.identity.UserId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Row-level security on memberships and invitations, proven as the application role with
 * hand-written SQL that leaves out "where tenant_id = ...": the database must filter anyway.
 */
class IdentityIsolationTest {

    private static IsolationFixture world;
    private static Transactions transactions;

    @BeforeAll
    static void seedTwoTenants() {
        world = IsolationFixture.seeded();
        transactions = world.database().transactions();
    }

    @AfterAll
    static void closeDatabase() {
        world.database().close();
    }

    @Test
    void select_givenTenantA_seesOnlyMembershipsAndInvitationsOfA() {
        for (String table : List.of("memberships", "invitations")) {
            List<UUID> tenants = transactions.inTenant(world.tenantA(), handle -> handle
                    .createQuery("select distinct tenant_id from " + table).mapTo(UUID.class).list());
            int ofB = transactions.inTenant(world.tenantA(), handle -> handle
                    .createQuery("select count(*) from " + table + " where tenant_id = :b")
                    .bind("b", world.tenantB().value()).mapTo(Integer.class).one());

            assertThat(tenants).as(table).containsExactly(world.tenantA().value());
            assertThat(ofB).as(table).isZero();
        }
    }

    @Test
    void updateAndDelete_givenTenantA_touchNoMembershipOrInvitationOfB() {
        int roles = transactions.inTenant(world.tenantA(), handle -> handle
                .createUpdate("update memberships set role = 'owner' where tenant_id = :b")
                .bind("b", world.tenantB().value()).execute());
        int removed = transactions.inTenant(world.tenantA(), handle -> handle
                .createUpdate("delete from memberships where tenant_id = :b")
                .bind("b", world.tenantB().value()).execute());
        int accepted = transactions.inTenant(world.tenantA(), handle -> handle
                .createUpdate("update invitations set accepted_at = now() where tenant_id = :b")
                .bind("b", world.tenantB().value()).execute());

        assertThat(List.of(roles, removed, accepted)).containsOnly(0);
        assertThat(world.ownerCount("memberships where tenant_id = ? and role = 'viewer'", world.tenantB())).isEqualTo(1);
        assertThat(world.ownerCount("invitations where tenant_id = ? and accepted_at is null", world.tenantB()))
                .isEqualTo(1);
    }

    @Test
    void insert_givenTenantA_cannotWriteMembershipsOrInvitationsOfB() {
        String membership = sqlStateOf(() -> transactions.inTenant(world.tenantA(), handle -> handle
                .createUpdate("insert into memberships values (:b, :user, 'owner', now())")
                .bind("b", world.tenantB().value()).bind("user", world.userA().value()).execute()));
        String invitation = sqlStateOf(() -> transactions.inTenant(world.tenantA(), handle -> handle.createUpdate("""
                        insert into invitations values (repeat('c', 64), :b, 'eve@example.com', 'owner', :user,
                                                        now(), now() + interval '1 day', null)
                        """).bind("b", world.tenantB().value()).bind("user", world.userA().value()).execute()));

        assertThat(membership).isEqualTo(INSUFFICIENT_PRIVILEGE);
        assertThat(invitation).isEqualTo(INSUFFICIENT_PRIVILEGE);
    }

    @Test
    void asUser_givenMembershipsInTwoTenants_seesAllOfOwnAndNoneOfOthers() {
        List<UUID> tenantsOfBoth = transactions.asUser(world.userBoth(), handle -> handle
                .createQuery("select tenant_id from memberships order by tenant_id").mapTo(UUID.class).list());
        List<UUID> usersSeen = transactions.asUser(world.userBoth(), handle -> handle
                .createQuery("select distinct user_id from memberships").mapTo(UUID.class).list());

        assertThat(tenantsOfBoth).containsExactlyInAnyOrder(world.tenantA().value(), world.tenantB().value());
        assertThat(usersSeen).containsExactly(world.userBoth().value());
    }

    @Test
    void nextTransaction_givenCommittedUserTransactionOnSameConnection_seesNoMembership() {
        world.database().jdbi().useHandle(connection -> {
            Map<String, Object> during = transactions.asUser(world.userBoth(), handle -> handle
                    .createQuery("select pg_backend_pid() as pid, count(*) as visible from memberships").mapToMap().one());
            Map<String, Object> after = transactions.inDirectory(handle -> handle
                    .createQuery("select pg_backend_pid() as pid, count(*) as visible from memberships").mapToMap().one());

            assertThat(after.get("pid")).isEqualTo(during.get("pid"));
            assertThat(during.get("visible")).isEqualTo(2L);
            assertThat(after.get("visible")).isEqualTo(0L);
        });
    }

    @Test
    void asUser_givenOwnMemberships_canNeitherChangeNorAddAny() {
        UserId user = world.userBoth();
        int changed = transactions.asUser(user, handle -> handle
                .createUpdate("update memberships set role = 'owner' where user_id = :user")
                .bind("user", user.value()).execute());
        int removed = transactions.asUser(user, handle -> handle
                .createUpdate("delete from memberships where user_id = :user").bind("user", user.value()).execute());
        String added = sqlStateOf(() -> transactions.asUser(world.userA(), handle -> handle
                .createUpdate("insert into memberships values (:b, :user, 'owner', now())")
                .bind("b", world.tenantB().value()).bind("user", world.userA().value()).execute()));

        assertThat(changed).isZero();
        assertThat(removed).isZero();
        assertThat(added).isEqualTo(INSUFFICIENT_PRIVILEGE);
    }

    @Test
    void select_givenTheOwnersTokenSettingNamingAnInvitationOfB_seesNothing() {
        // The owner's own policy reads this setting; set by the application role, it must open nothing.
        String hashOfB = world.owner().withHandle(handle -> handle
                .createQuery("select token_hash from invitations where tenant_id = :b")
                .bind("b", world.tenantB().value()).mapTo(String.class).one());
        String namingIt = "select set_config('adt.invitation_token_hash', :hash, true)";

        int withoutTenant = transactions.inDirectory(handle -> {
            handle.createQuery(namingIt).bind("hash", hashOfB).mapTo(String.class).one();
            return handle.createQuery("select count(*) from invitations").mapTo(Integer.class).one();
        });
        int inTenantA = transactions.inTenant(world.tenantA(), handle -> {
            handle.createQuery(namingIt).bind("hash", hashOfB).mapTo(String.class).one();
            return handle.createQuery("select count(*) from invitations where token_hash = :hash")
                    .bind("hash", hashOfB).mapTo(Integer.class).one();
        });

        assertThat(withoutTenant).isZero();
        assertThat(inTenantA).isZero();
    }

    @Test
    void invitationFunctions_givenCatalog_runAsOwnerWithPinnedPathAndOnlyTheAppRoleMayCallThem() {
        List<Map<String, Object>> functions = world.owner().withHandle(handle -> handle.createQuery("""
                select p.proname as name, p.prosecdef as definer, p.proconfig::text as config,
                       has_function_privilege(:app, p.oid, 'execute') as app_may_call,
                       exists (select from aclexplode(p.proacl) a where a.grantee = 0) as public_may_call
                from pg_proc p where p.proname in ('adt_pending_invitation', 'adt_accept_invitation')
                """).bind("app", PostgresSettings.DEFAULT_APP_ROLE).mapToMap().list());

        assertThat(functions).hasSize(2).allSatisfy(function -> assertThat(function)
                .containsEntry("definer", true)
                .containsEntry("app_may_call", true)
                .containsEntry("public_may_call", false)
                .satisfies(f -> assertThat((String) f.get("config")).contains("search_path=pg_catalog")));
    }
}
