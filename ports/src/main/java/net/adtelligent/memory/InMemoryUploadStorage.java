package net.adtelligent.memory;

import io.vavr.control.Either;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import net.adtelligent.domain.tenant.TenantId;
import net.adtelligent.domain.upload.UploadId;
import net.adtelligent.ports.out.LimitedCopy;
import net.adtelligent.ports.out.UploadStorage;

/**
 * Uploads as bytes in memory, lost when the JVM stops: for tests and small embeddings. Thread-safe.
 * A file is visible only once copied whole, as on disk.
 */
public final class InMemoryUploadStorage implements UploadStorage {

    private record Key(TenantId tenant, UploadId id) {
    }

    private final Map<Key, byte[]> files = new ConcurrentHashMap<>();

    @Override
    public Either<Long, StoredFile> store(TenantId tenant, UploadId id, InputStream content, long maxBytes) {
        Key key = key(tenant, id);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            Either<Long, StoredFile> stored = LimitedCopy.copy(content, bytes, maxBytes);
            stored.forEach(file -> files.put(key, bytes.toByteArray()));
            return stored;
        } catch (IOException failure) {
            throw new UncheckedIOException("cannot read upload " + id, failure);
        }
    }

    @Override
    public InputStream open(TenantId tenant, UploadId id) {
        byte[] bytes = files.get(key(tenant, id));
        if (bytes == null) {
            throw new NoSuchElementException("no upload " + id + " in tenant " + tenant);
        }
        return new ByteArrayInputStream(bytes);
    }

    @Override
    public void delete(TenantId tenant, UploadId id) {
        files.remove(key(tenant, id));
    }

    /** A file becomes visible only once copied whole, and a crash takes everything with it: no part is ever left. */
    @Override
    public void removeUnfinished(TenantId tenant, Instant before) {
        // nothing to remove
    }

    private static Key key(TenantId tenant, UploadId id) {
        return new Key(Objects.requireNonNull(tenant, "tenant"), Objects.requireNonNull(id, "id"));
    }
}
