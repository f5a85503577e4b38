package net.adtelligent.contracts.csv;

import io.vavr.control.Either;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.DirectoryStream;
import java.time.Instant;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.NoSuchElementException;
import java.util.Objects;
import net.adtelligent.domain.tenant.TenantId;
import net.adtelligent.domain.upload.UploadId;
import net.adtelligent.ports.out.LimitedCopy;
import net.adtelligent.ports.out.UploadStorage;

/**
 * Uploads as files under a local directory, one folder per tenant: {@code <dir>/<tenant-id>/<upload-id>.csv}.
 * Ids are UUIDs, so no name a client sends ever becomes part of a path.
 *
 * <p>A file is copied to a temporary file beside its final name and moved there atomically once
 * complete: a reader sees the whole file or none, never a part, even when the copy fails or the
 * process dies. Where the file system knows POSIX permissions, files are readable by the owner
 * only (0600) and folders 0700, since uploads hold a customer's figures.
 *
 * <p>Only one process may use a directory: for an embedder without a database. The service keeps
 * uploads in PostgreSQL, where every instance sees them. So the parts a crash left behind are
 * removed when the storage is made: no other process can be writing them.
 */
public final class DirectoryUploadStorage implements UploadStorage {

    private final Path directory;
    private final boolean posix;

    public DirectoryUploadStorage(Path directory) {
        this.directory = Objects.requireNonNull(directory, "directory").toAbsolutePath();
        this.posix = directory.getFileSystem().supportedFileAttributeViews().contains("posix");
        removeParts(Instant.MAX);
    }

    @Override
    public Either<Long, StoredFile> store(TenantId tenant, UploadId id, InputStream content, long maxBytes) {
        Path target = file(tenant, id);
        Path partial = null;
        try {
            Path folder = Files.createDirectories(target.getParent(), ownerOnly("rwx------"));
            partial = Files.createTempFile(folder, "." + id, ".part", ownerOnly("rw-------"));
            Either<Long, StoredFile> stored;
            try (OutputStream sink = Files.newOutputStream(partial)) {
                stored = LimitedCopy.copy(content, sink, maxBytes);
            }
            if (stored.isRight()) {
                Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            }
            return stored;
        } catch (IOException failure) {
            throw new UncheckedIOException("cannot store upload " + id, failure);
        } finally {
            deleteQuietly(partial);
        }
    }

    @Override
    public InputStream open(TenantId tenant, UploadId id) {
        try {
            return Files.newInputStream(file(tenant, id));
        } catch (NoSuchFileException missing) {
            throw new NoSuchElementException("no upload " + id + " in tenant " + tenant);
        } catch (IOException failure) {
            throw new UncheckedIOException("cannot open upload " + id, failure);
        }
    }

    @Override
    public void delete(TenantId tenant, UploadId id) {
        try {
            Files.deleteIfExists(file(tenant, id));
        } catch (IOException failure) {
            throw new UncheckedIOException("cannot delete upload " + id, failure);
        }
    }

    /** The parts under the tenant's folder last written before {@code before}. */
    @Override
    public void removeUnfinished(TenantId tenant, Instant before) {
        removeParts(directory.resolve(Objects.requireNonNull(tenant, "tenant").value().toString()), before);
    }

    private void removeParts(Instant before) {
        if (!Files.isDirectory(directory)) {
            return;
        }
        try (DirectoryStream<Path> tenants = Files.newDirectoryStream(directory, Files::isDirectory)) {
            for (Path tenant : tenants) {
                removeParts(tenant, before);
            }
        } catch (IOException failure) {
            throw new UncheckedIOException("cannot list " + directory, failure);
        }
    }

    private static void removeParts(Path folder, Instant before) {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (DirectoryStream<Path> parts = Files.newDirectoryStream(folder, ".*.part")) {
            for (Path part : parts) {
                if (Files.getLastModifiedTime(part).toInstant().isBefore(before)) {
                    Files.deleteIfExists(part);
                }
            }
        } catch (IOException failure) {
            throw new UncheckedIOException("cannot remove unfinished uploads in " + folder, failure);
        }
    }

    private Path file(TenantId tenant, UploadId id) {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(id, "id");
        return directory.resolve(tenant.value().toString()).resolve(id.value() + ".csv");
    }

    private FileAttribute<?>[] ownerOnly(String permissions) {
        if (!posix) {
            return new FileAttribute<?>[0];
        }
        return new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(permissions))};
    }

    /** After a move there is nothing left to delete; after a failure the part must not stay behind. */
    private static void deleteQuietly(Path partial) {
        if (partial == null) {
            return;
        }
        try {
            Files.deleteIfExists(partial);
        } catch (IOException ignored) {
            // Named ".<id>…part", it is never mistaken for an upload; the failure that got us here matters more.
        }
    }
}
