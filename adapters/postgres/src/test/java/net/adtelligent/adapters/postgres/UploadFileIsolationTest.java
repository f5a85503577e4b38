package net.adtelligent.adapters.postgres;

import static net.adtelligent.adapters.postgres.IsolationFixture.INSUFFICIENT_PRIVILEGE;
import static net.adtelligent.adapters.postgres.IsolationFixture.rowsSeenWithoutTenant;
import static net.adtelligent.adapters.postgres.IsolationFixture.sqlStateOf;
import static net.adtelligent.adapters.postgres.IsolationFixture.tenantsSeen;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.NoSuchElementException;
import net.adtelligent.domain.tenant.TenantId;
import net.adtelligent.domain.upload.UploadId;
import net.adtelligent.ports.out.UploadStorage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Row-level security on upload_files, proven as the application role with hand-written SQL that
 * leaves out "where tenant_id = ...": tenant A can neither read, change, delete nor add chunks of
 * tenant B's files. The owner (a superuser) counts what is really there.
 */
class UploadFileIsolationTest {

    private static final String PLANTED = """
            insert into upload_files (tenant_id, upload_id, chunk, content, complete)
            values (:tenant, gen_random_uuid(), 0, '\\x01', true)
            """;

    private static IsolationFixture world;
    private static Transactions transactions;
    private static UploadStorage storage;
    private static UploadId fileOfB;

    @BeforeAll
    static void storeAFileForEachTenant() {
        world = IsolationFixture.seeded();
        transactions = world.database().transactions();
        storage = world.database().uploadStorage();
        for (TenantId tenant : List.of(world.tenantA(), world.tenantB())) {
            fileOfB = UploadId.random();
            storage.store(tenant, fileOfB, new ByteArrayInputStream(new byte[] {1, 2, 3}), 10).get();
        }
    }

    @AfterAll
    static void closeDatabase() {
        world.database().close();
    }

    @Test
    void select_givenTenantA_seesOnlyChunksOfA() {
        assertThat(tenantsSeen(transactions, world.tenantA(), "upload_files")).containsExactly(world.tenantA().value());
    }

    @Test
    void select_givenNoTenantNamed_seesNoChunks() {
        assertThat(rowsSeenWithoutTenant(transactions, "upload_files")).isZero();
    }

    @Test
    void open_givenTenantAAndAFileOfB_findsNothing() {
        assertThatThrownBy(() -> storage.open(world.tenantA(), fileOfB)).isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void updateAndDelete_givenTenantA_touchNoChunkOfB() {
        int updated = transactions.inTenant(world.tenantA(), handle -> handle
                .createUpdate("update upload_files set content = '\\x00' where tenant_id = :b")
                .bind("b", world.tenantB().value()).execute());
        int deleted = transactions.inTenant(world.tenantA(), handle -> handle
                .createUpdate("delete from upload_files where tenant_id = :b")
                .bind("b", world.tenantB().value()).execute());
        storage.delete(world.tenantA(), fileOfB);

        assertThat(List.of(updated, deleted)).containsOnly(0);
        assertThat(world.ownerCount("upload_files where tenant_id = ? and content = '\\x010203'", world.tenantB()))
                .isEqualTo(1);
    }

    @Test
    void insert_givenTenantA_cannotWriteChunksOfBNorOfNoTenant() {
        String asA = sqlStateOf(() -> transactions.inTenant(world.tenantA(), handle -> handle.createUpdate(PLANTED)
                .bind("tenant", world.tenantB().value()).execute()));
        String asNobody = sqlStateOf(() -> transactions.inDirectory(handle -> handle.createUpdate(PLANTED)
                .bind("tenant", world.tenantA().value()).execute()));

        assertThat(List.of(asA, asNobody)).containsOnly(INSUFFICIENT_PRIVILEGE);
        assertThat(world.ownerCount("upload_files where tenant_id = ?", world.tenantB())).isEqualTo(1);
    }
}
