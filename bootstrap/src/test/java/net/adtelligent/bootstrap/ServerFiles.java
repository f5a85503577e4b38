package net.adtelligent.bootstrap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import net.adtelligent.adapters.postgres.PostgresSettings;

/**
 * The files of the embedded PostgreSQL server (tables, indexes, write-ahead log), for searching
 * their bytes. Short values are stored uncompressed (PostgreSQL compresses only values over about
 * 2 kB, and WAL compression is off by default), so a value stored plain shows as its UTF-8 bytes.
 */
record ServerFiles(Path dataDirectory) {

    /** After a checkpoint (every changed page written to the tables' files) and a WAL switch (the segment closed). */
    static ServerFiles flushed(PostgresSettings database) throws SQLException {
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password());
                Statement statement = connection.createStatement()) {
            statement.execute("checkpoint");
            statement.execute("select pg_switch_wal()");
            try (ResultSet found = statement.executeQuery("show data_directory")) {
                found.next();
                return new ServerFiles(Path.of(found.getString(1)));
            }
        }
    }

    /** The files, relative to the data directory with '/' between names, whose bytes hold the value's UTF-8. */
    List<String> holding(String value) {
        // ISO-8859-1 maps each byte to one char and back, so a byte search becomes String.indexOf.
        String needle = new String(value.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
        List<String> found = new ArrayList<>();
        for (Path file : regularFiles()) {
            if (read(file).contains(needle)) {
                found.add(dataDirectory.relativize(file).toString().replace('\\', '/'));
            }
        }
        return found;
    }

    /**
     * Every regular file now. The server renames and removes files as it runs (its statistics'
     * temporary file, a recycled WAL segment), and a walk that meets one vanishing fails: walked again.
     */
    private List<Path> regularFiles() {
        for (int attempt = 1; ; attempt++) {
            try (Stream<Path> files = Files.walk(dataDirectory)) {
                return files.filter(Files::isRegularFile).toList();
            } catch (IOException | UncheckedIOException failure) {
                boolean vanished = failure instanceof NoSuchFileException
                        || failure.getCause() instanceof NoSuchFileException;
                if (!vanished || attempt == 5) {
                    throw failure instanceof UncheckedIOException unchecked ? unchecked
                            : new UncheckedIOException((IOException) failure);
                }
            }
        }
    }

    /** A file the server removed while the search ran (a recycled WAL segment, a dropped table) reads as empty. */
    private static String read(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        } catch (NoSuchFileException removed) {
            return "";
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }
}
