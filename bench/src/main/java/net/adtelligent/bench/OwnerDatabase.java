package net.adtelligent.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import net.adtelligent.bootstrap.ConfigurationException;
import net.adtelligent.bootstrap.Settings;

/**
 * The database of {@code settings} as its owner sees it (past row-level security), which is how
 * Airbyte's destination and dbt reach it: ADT_DATABASE_URL, or the embedded server, whose port its
 * postmaster.pid names (4th line). The server must be running.
 */
public record OwnerDatabase(String host, int port, String database, String user, String password, String description) {

    public static OwnerDatabase of(Settings settings) {
        if (settings.databaseUrl().isPresent()) {
            var url = settings.databaseUrl().get();
            String rest = url.jdbcUrl().substring("jdbc:postgresql://".length());
            String hostPort = rest.substring(0, rest.indexOf('/'));
            int colon = hostPort.lastIndexOf(':');
            return new OwnerDatabase(colon < 0 ? hostPort : hostPort.substring(0, colon),
                    colon < 0 ? 5432 : Integer.parseInt(hostPort.substring(colon + 1)),
                    rest.substring(rest.indexOf('/') + 1).replaceAll("\\?.*", ""), url.user(), url.password(), "ADT_DATABASE_URL");
        }
        try {
            List<String> pid = Files.readAllLines(settings.dataDir().resolve("postgres").resolve("postmaster.pid"));
            return new OwnerDatabase("127.0.0.1", Integer.parseInt(pid.get(3).trim()), "postgres", "postgres", "",
                    "embedded PostgreSQL in " + settings.dataDir());
        } catch (IOException | IndexOutOfBoundsException | NumberFormatException e) {
            throw new ConfigurationException("the embedded server's port is unknown: " + e);
        }
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    /** profiles.yml's variables for this database, the marts in {@code schema}. */
    public Map<String, String> dbtEnv(String schema) {
        return Map.of("DBT_TARGET", "postgres", "DBT_PG_HOST", host, "DBT_PG_PORT", Integer.toString(port),
                "DBT_PG_DATABASE", database, "DBT_PG_USER", user, "DBT_PG_PASSWORD", password, "DBT_PG_SCHEMA", schema);
    }
}
