package net.adtelligent.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A tool beside the service (a BI tool, psql, dbt) finds the embedded server through the URL file in the data folder. */
class EmbeddedDatabaseUrlTest {

    @TempDir
    Path dataDir;

    @Test
    void start_writesAUrlThatReachesTheServer_andCloseRemovesIt() throws Exception {
        Path file = dataDir.resolve(EmbeddedDatabase.URL_FILE);
        try (EmbeddedDatabase embedded = EmbeddedDatabase.start(dataDir)) {
            String url = Files.readString(file).strip();
            assertThat(url).matches("postgresql://postgres@127\\.0\\.0\\.1:\\d+/postgres");

            DatabaseUrl parsed = DatabaseUrl.parse(url);
            try (Connection connection = DriverManager.getConnection(parsed.jdbcUrl(), parsed.user(), parsed.password());
                 ResultSet row = connection.createStatement().executeQuery("select current_database(), inet_server_port()")) {
                assertThat(row.next()).isTrue();
                assertThat(row.getString(1)).isEqualTo("postgres");
                assertThat(url).endsWith(":" + row.getInt(2) + "/postgres");
            }
            assertThat(dataDir.resolve(EmbeddedDatabase.URL_FILE + ".partial")).doesNotExist();
        }
        assertThat(file).doesNotExist();
    }

    @Test
    void start_writesTheUrlFileOwnerOnly() throws Exception {
        assumeTrue(dataDir.getFileSystem().supportedFileAttributeViews().contains("posix"), "a POSIX file system");
        try (EmbeddedDatabase embedded = EmbeddedDatabase.start(dataDir)) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir.resolve(EmbeddedDatabase.URL_FILE))))
                    .isEqualTo("rw-------");
        }
    }

    @Test
    void start_givenAUrlLeftByAServerThatDied_replacesIt() throws Exception {
        Path file = dataDir.resolve(EmbeddedDatabase.URL_FILE);
        Files.writeString(file, "postgresql://postgres@127.0.0.1:1/postgres\n");
        try (EmbeddedDatabase embedded = EmbeddedDatabase.start(dataDir)) {
            assertThat(Files.readString(file)).doesNotContain(":1/postgres");
        }
    }
}
