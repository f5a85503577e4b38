package com.example.reporting;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;

/** Runs the SQL files of docs/embedding.md as the DBA would in psql: as the superuser, one statement a line. */
final class Dba {

    private final EmbeddedPostgres server;

    Dba(EmbeddedPostgres server) {
        this.server = server;
    }

    /** The statements of a file: its lines without comments and blank lines; {@code \connect db} switches database. */
    static List<String> statements(String resource) throws IOException {
        try (InputStream in = Dba.class.getResourceAsStream("/" + resource)) {
            return Arrays.stream(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"))
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("--"))
                    .toList();
        }
    }

    void run(String resource) throws IOException, SQLException {
        String database = "postgres";
        for (String line : statements(resource)) {
            if (line.startsWith("\\connect ")) {
                database = line.substring("\\connect ".length());
                continue;
            }
            try (Connection connection = server.getDatabase("postgres", database).getConnection();
                    Statement statement = connection.createStatement()) {
                statement.execute(line);
            }
        }
    }

    String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + server.getPort() + "/" + database;
    }
}
