package net.adtelligent.contracts.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import net.adtelligent.ports.out.UploadStorage;
import net.adtelligent.ports.out.UploadStorageContract;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shared contract on a real directory, and what only files show: layout, permissions, no leftovers. */
class DirectoryUploadStorageTest extends UploadStorageContract {

    @TempDir
    Path directory;

    @Override
    protected UploadStorage storage() {
        return new DirectoryUploadStorage(directory);
    }

    @Test
    void store_givenContent_writesOneFileNamedByTenantAndUpload() throws IOException {
        storage.store(tenant, id, stream(new byte[] {1, 2, 3}), 10);

        Path file = directory.resolve(tenant.value().toString()).resolve(id.value() + ".csv");
        assertThat(files()).containsExactly(file);
        assertThat(Files.readAllBytes(file)).containsExactly(1, 2, 3);
    }

    @Test
    void store_givenPosixFileSystem_makesFileAndFolderOwnerOnly() throws IOException {
        assumeTrue(directory.getFileSystem().supportedFileAttributeViews().contains("posix"));

        storage.store(tenant, id, stream(new byte[] {1}), 10);

        Path folder = directory.resolve(tenant.value().toString());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder.resolve(id.value() + ".csv"))))
                .isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder))).isEqualTo("rwx------");
    }

    @Test
    void store_givenContentOverTheLimit_leavesNoPartialFileBehind() throws IOException {
        storage.store(tenant, id, stream(new byte[11]), 10);

        assertThat(files()).isEmpty();
    }

    @Test
    void store_givenUnwritableDirectory_throwsUnchecked() throws IOException {
        Path notADirectory = Files.writeString(directory.resolve("plain-file"), "x");
        UploadStorage broken = new DirectoryUploadStorage(notADirectory);

        assertThatThrownBy(() -> broken.store(tenant, id, stream(new byte[] {1}), 10))
                .isInstanceOf(UncheckedIOException.class);
    }

    @Test
    void store_givenTheSameIdAgain_replacesTheFileWhole() throws IOException {
        storage.store(tenant, id, stream(new byte[] {1, 2, 3, 4}), 10);

        storage.store(tenant, id, stream(new byte[] {9}), 10);

        assertThat(read(tenant, id)).containsExactly(9);
        assertThat(files()).hasSize(1);
    }

    @Test
    void constructor_givenPartsLeftByACrash_removesThemAndKeepsWholeFiles() throws IOException {
        storage.store(tenant, id, stream(new byte[] {1}), 10);
        Path folder = directory.resolve(tenant.value().toString());
        Path part = Files.writeString(folder.resolve("." + id.value() + "123.part"), "half a file");

        new DirectoryUploadStorage(directory);

        assertThat(files()).containsExactly(folder.resolve(id.value() + ".csv"));
    }

    @Test
    void removeUnfinished_givenPartsOldAndNew_removesOnlyTheOldOnes() throws IOException {
        storage.store(tenant, id, stream(new byte[] {1}), 10);
        Path folder = directory.resolve(tenant.value().toString());
        Path old = Files.writeString(folder.resolve(".old1.part"), "x");
        Files.setLastModifiedTime(old, FileTime.from(Instant.parse("2024-01-01T00:00:00Z")));
        Path recent = Files.writeString(folder.resolve(".recent1.part"), "x");

        storage.removeUnfinished(tenant, Instant.parse("2024-06-01T00:00:00Z"));

        assertThat(files()).containsExactlyInAnyOrder(folder.resolve(id.value() + ".csv"), recent);
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> walk = Files.walk(directory)) {
            return walk.filter(Files::isRegularFile).toList();
        }
    }
}
