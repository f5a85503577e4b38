package net.adtelligent.adapters.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Random;
import net.adtelligent.domain.tenant.TenantId;
import net.adtelligent.domain.upload.UploadId;
import net.adtelligent.ports.out.IdentityFixtures;
import net.adtelligent.ports.out.UploadStorage;
import net.adtelligent.ports.out.UploadStorageContract;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The shared UploadStorage contract on a real database, and what only its chunks show. */
class PostgresUploadStorageTest extends UploadStorageContract {

    @RegisterExtension
    static final ClassDatabase DATABASE = new ClassDatabase();

    @Override
    protected UploadStorage storage() {
        return DATABASE.get().uploadStorage();
    }

    @Override
    protected TenantId newTenant() {
        return IdentityFixtures.newTenant(DATABASE.get().tenantStore());
    }

    @Test
    void store_givenMoreThanOneChunk_writesChunksOfAtMostOneMebibyte() {
        byte[] content = new byte[2 * PostgresUploadStorage.CHUNK_BYTES + 5];
        new Random(3).nextBytes(content);

        storage.store(tenant, id, stream(content), content.length).get();

        assertThat(chunkSizes()).containsExactly(PostgresUploadStorage.CHUNK_BYTES, PostgresUploadStorage.CHUNK_BYTES, 5);
    }

    @Test
    void open_givenTheFileDeletedWhileBeingRead_failsRatherThanEndingEarly() throws IOException {
        byte[] content = new byte[PostgresUploadStorage.CHUNK_BYTES + 10];
        storage.store(tenant, id, stream(content), content.length).get();

        try (InputStream in = storage.open(tenant, id)) {
            assertThat(in.readNBytes(100)).hasSize(100);
            storage.delete(tenant, id);

            assertThatThrownBy(in::readAllBytes).isInstanceOf(NoSuchElementException.class);
        }
    }

    @Test
    void removeUnfinished_givenChunksLeftByACrash_removesOnlyThoseWrittenBefore() throws IOException {
        storage.store(tenant, id, stream(new byte[] {7}), 10).get();
        UploadId crashedLongAgo = UploadId.random();
        UploadId beingWritten = UploadId.random();
        plantIncomplete(crashedLongAgo, Instant.parse("2024-01-01T00:00:00Z"));
        plantIncomplete(beingWritten, Instant.now());

        storage.removeUnfinished(tenant, Instant.now().minusSeconds(3600));

        assertThat(uploadsWithChunks()).containsExactlyInAnyOrder(id.value().toString(), beingWritten.value().toString());
        assertThat(read(tenant, id)).containsExactly(7);
        assertThatThrownBy(() -> storage.open(tenant, beingWritten)).isInstanceOf(NoSuchElementException.class);
    }

    private void plantIncomplete(UploadId upload, Instant writtenAt) {
        DATABASE.get().transactions().inTenant(tenant, handle -> handle
                .createUpdate("insert into upload_files (tenant_id, upload_id, chunk, content, written_at)"
                        + " values (:tenant, :upload, 0, '\\x01', :at)")
                .bind("tenant", tenant.value())
                .bind("upload", upload.value())
                .bind("at", writtenAt.atOffset(ZoneOffset.UTC))
                .execute());
    }

    private List<Integer> chunkSizes() {
        return DATABASE.get().transactions().inTenant(tenant, handle -> handle
                .createQuery("select octet_length(content) from upload_files where upload_id = :id order by chunk")
                .bind("id", id.value())
                .mapTo(Integer.class)
                .list());
    }

    private List<String> uploadsWithChunks() {
        return DATABASE.get().transactions().inTenant(tenant, handle -> handle
                .createQuery("select distinct upload_id::text from upload_files")
                .mapTo(String.class)
                .list());
    }
}
