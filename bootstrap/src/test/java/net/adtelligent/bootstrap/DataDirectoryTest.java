package net.adtelligent.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The data folder holds the database and the signing key: one the service creates is its owner's alone. */
class DataDirectoryTest {

    @TempDir
    Path parent;

    @Test
    void ensureWritable_givenAFolderThatDoesNotExist_createsItOwnerOnly() throws IOException {
        assumeTrue(parent.getFileSystem().supportedFileAttributeViews().contains("posix"), "a POSIX file system");
        Path dataDir = parent.resolve("new").resolve("adtelligent");

        EmbeddedDatabase.DataDirectory.ensureWritable(dataDir);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir.getParent()))).isEqualTo("rwx------");
    }

    @Test
    void ensureWritable_givenAFolderThatExists_leavesItsPermissionsAlone() throws IOException {
        assumeTrue(parent.getFileSystem().supportedFileAttributeViews().contains("posix"), "a POSIX file system");
        Path existing = Files.createDirectory(parent.resolve("shared"));
        Files.setPosixFilePermissions(existing, PosixFilePermissions.fromString("rwxr-x---"));

        EmbeddedDatabase.DataDirectory.ensureWritable(existing);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(existing))).isEqualTo("rwxr-x---");
    }
}
