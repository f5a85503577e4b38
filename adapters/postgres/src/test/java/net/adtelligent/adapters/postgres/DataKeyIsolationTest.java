package net.adtelligent.adapters.postgres;

import static net.adtelligent.adapters.postgres.IsolationFixture.INSUFFICIENT_PRIVILEGE;
import static net.adtelligent.adapters.postgres.IsolationFixture.rowsSeenWithoutTenant;
import static net.adtelligent.adapters.postgres.IsolationFixture.sqlStateOf;
import static net.adtelligent.adapters.postgres.IsolationFixture.tenantsSeen;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import net.adtelligent.domain.secret.SecretPurpose;
import net.adtelligent.domain.tenant.TenantId;
import net.adtelligent.ports.out.DataKeyStore.WrappedDataKey;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Row-level security on data_keys, proven as the application role with hand-written SQL that
 * leaves out "where tenant_id = ...": tenant A can neither read nor write tenant B's data keys,
 * nobody may change a key's version or delete it, and only a key's own tenant may wrap it anew.
 */
class DataKeyIsolationTest {

    private static final String PLANTED = """
            insert into data_keys (tenant_id, purpose, version, master_key_id, wrapped_key)
            values (:tenant, 'planted', 1, 'local/planted', '\\x01')
            """;

    private static IsolationFixture world;
    private static Transactions transactions;

    @BeforeAll
    static void seedTwoTenants() {
        world = IsolationFixture.seeded();
        transactions = world.database().transactions();
        for (TenantId tenant : List.of(world.tenantA(), world.tenantB())) {
            world.database().dataKeyStore().createFirst(tenant, SecretPurpose.CONNECTION_CREDENTIALS,
                    new WrappedDataKey("local/test", 1, tenant.toString().getBytes(StandardCharsets.UTF_8)));
        }
    }

    @AfterAll
    static void closeDatabase() {
        world.database().close();
    }

    @Test
    void select_givenTenantA_seesOnlyKeysOfA_andNoTenant_none() {
        assertThat(tenantsSeen(transactions, world.tenantA(), "data_keys")).containsExactly(world.tenantA().value());
        assertThat(rowsSeenWithoutTenant(transactions, "data_keys")).isZero();
    }

    @Test
    void updateOfVersionAndDelete_areRefusedToTheServiceEvenForItsOwnTenant() {
        String updated = sqlStateOf(() -> transactions.inTenant(world.tenantA(), handle -> handle
                .createUpdate("update data_keys set version = 2 where tenant_id = :a")
                .bind("a", world.tenantA().value()).execute()));
        String deleted = sqlStateOf(() -> transactions.inTenant(world.tenantA(), handle -> handle
                .createUpdate("delete from data_keys where tenant_id = :b")
                .bind("b", world.tenantB().value()).execute()));

        assertThat(List.of(updated, deleted)).containsOnly(INSUFFICIENT_PRIVILEGE);
        assertThat(world.ownerCount("data_keys where tenant_id = ?", world.tenantB())).isEqualTo(1);
    }

    @Test
    void rewrap_givenTenantA_changesNoKeyOfB() {
        int changed = transactions.inTenant(world.tenantA(), handle -> handle
                .createUpdate("update data_keys set master_key_id = 'local/other', wrapped_key = '\\x00'")
                .execute());

        assertThat(changed).isEqualTo(1);
        assertThat(world.ownerCount("data_keys where master_key_id = 'local/test' and tenant_id = ?", world.tenantB()))
                .isEqualTo(1);
    }

    @Test
    void insert_givenTenantA_cannotWriteKeysOfBNorOfNoTenant() {
        String asAForB = sqlStateOf(() -> transactions.inTenant(world.tenantA(), handle -> handle.createUpdate(PLANTED)
                .bind("tenant", world.tenantB().value()).execute()));
        String withoutTenant = sqlStateOf(() -> transactions.inDirectory(handle -> handle.createUpdate(PLANTED)
                .bind("tenant", world.tenantA().value()).execute()));

        assertThat(List.of(asAForB, withoutTenant)).containsOnly(INSUFFICIENT_PRIVILEGE);
        assertThat(world.ownerCount("data_keys where purpose = 'planted' and tenant_id <> ?", world.tenantA())).isZero();
    }
}
