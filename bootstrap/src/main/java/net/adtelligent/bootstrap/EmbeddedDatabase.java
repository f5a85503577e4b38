package net.adtelligent.bootstrap;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import net.adtelligent.adapters.postgres.PostgresSettings;

/**
 * The embedded default: a real PostgreSQL server (binaries from Maven Central) whose data lives
 * under ADT_DATA_DIR/postgres, so a restart keeps every tenant. It listens on loopback only.
 */
final class EmbeddedDatabase implements AutoCloseable {

    private final EmbeddedPostgres server;

    private EmbeddedDatabase(EmbeddedPostgres server) {
        this.server = server;
    }

    static EmbeddedDatabase start(Path dataDir) {
        Path pgData = dataDir.resolve("postgres");
        DataDirectory.ensureWritable(dataDir);
        try {
            EmbeddedPostgres server = EmbeddedPostgres.builder()
                    .setDataDirectory(pgData)
                    .setCleanDataDirectory(false)
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .start();
            return new EmbeddedDatabase(server);
        } catch (IOException | RuntimeException failure) {
            throw new ConfigurationException("cannot start the embedded PostgreSQL in " + pgData + ": "
                    + oneLine(failure) + " (is another adtelligent using ADT_DATA_DIR=" + dataDir + "?)", failure);
        }
    }

    PostgresSettings settings(String appRole) {
        return new PostgresSettings(server.getJdbcUrl("postgres", "postgres"), "postgres", "", appRole);
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    private static String oneLine(Throwable failure) {
        String message = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        return message.lines().findFirst().orElse(message);
    }

    /** Checks the folder early, so a bad ADT_DATA_DIR is one clear line, not a server log. */
    static final class DataDirectory {

        private DataDirectory() {
        }

        /** A folder it creates is the owner's alone (0700, where the file system has POSIX permissions): it holds the database and keys. */
        static void ensureWritable(Path dir) {
            try {
                if (!Files.isDirectory(dir)) {
                    createOwnerOnly(dir);
                }
                Path probe = Files.createTempFile(dir, ".write-check", ".tmp");
                Files.delete(probe);
            } catch (IOException | SecurityException failure) {
                throw new ConfigurationException("the data directory " + dir
                        + " is not writable: set ADT_DATA_DIR to a folder you can write to", failure);
            }
        }

        private static void createOwnerOnly(Path dir) throws IOException {
            Path absolute = dir.toAbsolutePath();
            if (!absolute.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.createDirectories(absolute);
                return;
            }
            Files.createDirectories(absolute, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            // The umask may have taken bits away, never added any; set exactly 0700 on the folder asked for.
            Files.setPosixFilePermissions(absolute, PosixFilePermissions.fromString("rwx------"));
        }
    }
}
