package net.adtelligent.adapters.postgres;

import static net.adtelligent.adapters.postgres.IsolationFixture.INSUFFICIENT_PRIVILEGE;
import static net.adtelligent.adapters.postgres.IsolationFixture.sqlStateOf;
import static net.adtelligent.adapters.postgres.IsolationFixture.rowsSeenWithoutTenant;
import static net.adtelligent.adapters.postgres.IsolationFixture.tenantsSeen;
import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.adtelligent.domain.tenant.TenantId;
import net.adtelligent.domain.upload.ImportJob;
import net.adtelligent.ports.out.ImportFixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Row-level security on import_jobs and conversion_settings, proven as the application role with
 * hand-written SQL that leaves out "where tenant_id = ...": tenant A can neither read nor write
 * tenant B's imports and choices. The owner (a superuser) counts what is really there.
 */
class ImportIsolationTest {

    private static final List<String> TABLES = List.of("import_jobs", "conversion_settings");
    /** A hand-written row for tenant :tenant per table, every required column filled, marked 'planted'. */
    private static final Map<String, String> PLANTED_ROWS = Map.of(
            "import_jobs", """
                    insert into import_jobs (id, tenant_id, file_name, bytes, sha256, headers, delimiter, proposed,
                        status, uploaded_at)
                    values (gen_random_uuid(), :tenant, 'planted', 1, repeat('a', 64), '{}', ',', '{}', 'uploaded', now())
                    """,
            "conversion_settings", """
                    insert into conversion_settings (tenant_id, setting, choices)
                    values (:tenant, 'planted', '{x}')
                    """);

    private static IsolationFixture world;
    private static Transactions transactions;
    private static ImportJob importOfB;

    @BeforeAll
    static void seedTwoTenants() {
        world = IsolationFixture.seeded();
        transactions = world.database().transactions();
        for (TenantId tenant : List.of(world.tenantA(), world.tenantB())) {
            ImportJob job = ImportFixtures.uploaded(tenant, ImportFixtures.uniqueSha256(), Option.none());
            world.database().importJobStore().insert(job);
            world.database().conversionSettingsStore().put(tenant, "meta_ads.conversion_action_types", List.of("lead"));
            importOfB = job;
        }
    }

    @AfterAll
    static void closeDatabase() {
        world.database().close();
    }

    @Test
    void select_givenTenantA_seesOnlyRowsOfA() {
        for (String table : TABLES) {
            List<UUID> tenants = tenantsSeen(transactions, world.tenantA(), table);

            assertThat(tenants).as(table).containsExactly(world.tenantA().value());
        }
    }

    @Test
    void select_givenNoTenantNamed_seesNoRows() {
        for (String table : TABLES) {
            int visible = rowsSeenWithoutTenant(transactions, table);

            assertThat(visible).as(table).isZero();
        }
    }

    @Test
    void updateAndDelete_givenTenantA_touchNoRowOfB() {
        int updatedImports = transactions.inTenant(world.tenantA(), handle -> handle
                .createUpdate("update import_jobs set file_name = 'hijacked' where tenant_id = :b")
                .bind("b", world.tenantB().value()).execute());
        int updatedChoices = transactions.inTenant(world.tenantA(), handle -> handle
                .createUpdate("update conversion_settings set choices = '{hijacked}' where tenant_id = :b")
                .bind("b", world.tenantB().value()).execute());
        // Choices are deleted (back to the defaults), so the delete is granted: the policy alone stops them.
        int deletedChoices = transactions.inTenant(world.tenantA(), handle -> handle
                .createUpdate("delete from conversion_settings where tenant_id = :b")
                .bind("b", world.tenantB().value()).execute());
        // Uploads not committed are deleted (by users, on expiry), so that delete is granted too.
        int deletedImports = transactions.inTenant(world.tenantA(), handle -> handle
                .createUpdate("delete from import_jobs where tenant_id = :b").bind("b", world.tenantB().value()).execute());

        assertThat(List.of(updatedImports, updatedChoices, deletedChoices, deletedImports)).containsOnly(0);
        assertThat(world.ownerCount("import_jobs where tenant_id = ? and file_name <> 'hijacked'", world.tenantB()))
                .isEqualTo(1);
        assertThat(world.ownerCount("conversion_settings where tenant_id = ? and choices = '{lead}'", world.tenantB()))
                .isEqualTo(1);
    }

    @Test
    void insert_givenTenantA_cannotWriteRowsOfBNorOfNoTenant() {
        List<String> states = new ArrayList<>();
        PLANTED_ROWS.forEach((table, insert) -> {
            states.add(sqlStateOf(() -> transactions.inTenant(world.tenantA(), handle -> handle.createUpdate(insert)
                    .bind("tenant", world.tenantB().value()).execute())));
            states.add(sqlStateOf(() -> transactions.inDirectory(handle -> handle.createUpdate(insert)
                    .bind("tenant", world.tenantA().value()).execute())));
        });

        assertThat(states).hasSize(4).containsOnly(INSUFFICIENT_PRIVILEGE);
        assertThat(world.ownerCount("import_jobs where file_name = 'planted' and tenant_id <> ?", world.tenantA()))
                .isZero();
        assertThat(world.ownerCount("conversion_settings where setting = 'planted' and tenant_id <> ?",
                world.tenantA())).isZero();
    }

    /** Key checks bypass row-level security: the tenant in the foreign key is what keeps B's import out of reach. */
    @Test
    void insert_givenDuplicateOfAnImportOfB_isRefused() {
        String state = sqlStateOf(() -> transactions.inTenant(world.tenantA(), handle -> handle.createUpdate(
                        PLANTED_ROWS.get("import_jobs").replace("uploaded_at)", "uploaded_at, duplicate_of)")
                                .replace("now())", "now(), :duplicate_of)"))
                .bind("tenant", world.tenantA().value())
                .bind("duplicate_of", importOfB.id().value())
                .execute()));

        assertThat(state).isEqualTo("23503");
    }
}
