package net.adtelligent.ports.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.control.Either;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.NoSuchElementException;
import java.util.Random;
import net.adtelligent.domain.tenant.TenantId;
import net.adtelligent.domain.upload.UploadId;
import net.adtelligent.ports.out.UploadStorage.StoredFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every UploadStorage must do. An adapter's test extends this and only says how to build one. */
public abstract class UploadStorageContract {

    private static final long LIMIT = 1_000;
    /** SHA-256 of "abc", from FIPS 180-2's examples. */
    private static final String SHA256_OF_ABC = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
    private static final String SHA256_OF_NOTHING = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    protected UploadStorage storage;
    protected TenantId tenant;
    protected UploadId id;

    /** An empty storage. */
    protected abstract UploadStorage storage();

    /** A tenant files may be stored for (a real storage may need it registered). */
    protected TenantId newTenant() {
        return TenantId.random();
    }

    @BeforeEach
    void setUpStorage() {
        storage = storage();
        tenant = newTenant();
        id = UploadId.random();
    }

    @Test
    void store_givenContent_answersSizeAndSha256AndOpensTheSameBytesEachTime() throws IOException {
        Either<Long, StoredFile> stored = storage.store(tenant, id, stream("abc".getBytes(StandardCharsets.UTF_8)), LIMIT);

        assertThat(stored.get()).isEqualTo(new StoredFile(3, SHA256_OF_ABC));
        assertThat(read(tenant, id)).isEqualTo("abc".getBytes(StandardCharsets.UTF_8));
        assertThat(read(tenant, id)).isEqualTo("abc".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void store_givenMegabytesOfContent_keepsEveryByteAndHashesAllOfThem() throws Exception {
        byte[] content = new byte[3 * 1024 * 1024 + 17];
        new Random(7).nextBytes(content);

        StoredFile stored = storage.store(tenant, id, stream(content), content.length).get();

        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        assertThat(stored).isEqualTo(new StoredFile(content.length, expected));
        assertThat(read(tenant, id)).isEqualTo(content);
    }

    @Test
    void store_givenEmptyContent_storesAnEmptyFile() throws IOException {
        assertThat(storage.store(tenant, id, stream(new byte[0]), LIMIT).get()).isEqualTo(new StoredFile(0, SHA256_OF_NOTHING));
        assertThat(read(tenant, id)).isEmpty();
    }

    @Test
    void store_givenExactlyTheLimit_storesIt() {
        assertThat(storage.store(tenant, id, stream(new byte[(int) LIMIT]), LIMIT).get().bytes()).isEqualTo(LIMIT);
    }

    @Test
    void store_givenOneByteOverTheLimit_answersTheLimitAndKeepsNothing() {
        assertThat(storage.store(tenant, id, stream(new byte[(int) LIMIT + 1]), LIMIT)).isEqualTo(Either.left(LIMIT));

        assertThatThrownBy(() -> storage.open(tenant, id)).isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void store_givenEndlessContent_stopsReadingSoonAfterTheLimit() {
        CountingEndlessStream endless = new CountingEndlessStream();

        assertThat(storage.store(tenant, id, endless, LIMIT)).isEqualTo(Either.left(LIMIT));

        assertThat(endless.delivered).isLessThan(1024 * 1024);
    }

    @Test
    void store_givenContentFailingMidway_throwsUncheckedAndKeepsNothing() {
        InputStream failing = new InputStream() {
            private int delivered;

            @Override
            public int read() throws IOException {
                if (delivered++ >= 100) {
                    throw new IOException("connection reset");
                }
                return 'x';
            }
        };

        assertThatThrownBy(() -> storage.store(tenant, id, failing, LIMIT)).isInstanceOf(UncheckedIOException.class);

        assertThatThrownBy(() -> storage.open(tenant, id)).isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void open_givenAnotherTenantsUploadOrNone_throwsNoSuchElement() {
        storage.store(tenant, id, stream(new byte[] {1}), LIMIT);

        assertThatThrownBy(() -> storage.open(newTenant(), id)).isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> storage.open(tenant, UploadId.random())).isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void delete_givenStoredFile_forgetsOnlyIt() throws IOException {
        UploadId other = UploadId.random();
        storage.store(tenant, id, stream(new byte[] {1}), LIMIT);
        storage.store(tenant, other, stream(new byte[] {2}), LIMIT);

        storage.delete(tenant, id);
        storage.delete(tenant, id);

        assertThatThrownBy(() -> storage.open(tenant, id)).isInstanceOf(NoSuchElementException.class);
        assertThat(read(tenant, other)).containsExactly(2);
    }

    @Test
    void delete_givenAnotherTenant_keepsTheFile() throws IOException {
        storage.store(tenant, id, stream(new byte[] {1}), LIMIT);

        storage.delete(newTenant(), id);

        assertThat(read(tenant, id)).containsExactly(1);
    }

    @Test
    void removeUnfinished_givenWholeFiles_keepsEveryOne() throws IOException {
        storage.store(tenant, id, stream(new byte[] {1, 2}), LIMIT);

        storage.removeUnfinished(tenant, Instant.now().plusSeconds(3600));

        assertThat(read(tenant, id)).containsExactly(1, 2);
    }

    @Test
    void open_givenTheFileDeletedAfterwards_throwsNoSuchElementOnTheNextOpen() throws IOException {
        storage.store(tenant, id, stream(new byte[] {1}), LIMIT);
        assertThat(read(tenant, id)).containsExactly(1);

        storage.delete(tenant, id);

        assertThatThrownBy(() -> storage.open(tenant, id)).isInstanceOf(NoSuchElementException.class);
    }

    protected byte[] read(TenantId whose, UploadId which) throws IOException {
        try (InputStream in = storage.open(whose, which)) {
            return in.readAllBytes();
        }
    }

    protected static InputStream stream(byte[] content) {
        return new ByteArrayInputStream(content);
    }

    /** A client that would send forever; counts what it was asked for. */
    private static final class CountingEndlessStream extends InputStream {
        long delivered;

        @Override
        public int read() {
            delivered++;
            return 'x';
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            delivered += length;
            return length;
        }
    }
}
