package net.adtelligent.ports.out;

import io.vavr.control.Either;
import java.io.InputStream;
import java.time.Instant;
import java.util.Objects;
import net.adtelligent.domain.tenant.TenantId;
import net.adtelligent.domain.upload.UploadId;

/**
 * Where uploaded files wait between upload, mapping and commit: streamed in and out, never held
 * whole, because they are read more than once and may be hundreds of megabytes. Every instance of
 * the service must see the same files (PostgreSQL in the service; a directory or memory for an
 * embedder with one process). I/O failures are {@link java.io.UncheckedIOException}s.
 */
public interface UploadStorage {

    /**
     * Copies the content to storage as it arrives, counting and hashing it. Past {@code maxBytes}
     * it stops, keeps nothing and answers the limit.
     */
    Either<Long, StoredFile> store(TenantId tenant, UploadId id, InputStream content, long maxBytes);

    /** The stored bytes, from the start; the caller closes the stream. @throws java.util.NoSuchElementException when there are none */
    InputStream open(TenantId tenant, UploadId id);

    /** Forgets the file; nothing happens when there is none. */
    void delete(TenantId tenant, UploadId id);

    /**
     * Removes what a store cut off by a crash left of the tenant's files, begun before {@code before}:
     * never a whole file, and never a part still being written after it.
     */
    void removeUnfinished(TenantId tenant, Instant before);

    record StoredFile(long bytes, String sha256) {
        public StoredFile {
            Objects.requireNonNull(sha256, "sha256");
        }
    }
}
