package net.adtelligent.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import net.adtelligent.adapters.postgres.BareAggregate;
import net.adtelligent.adapters.postgres.PostgresDatabase;
import net.adtelligent.adapters.postgres.PostgresSettings;
import net.adtelligent.bootstrap.ConfigurationException;
import net.adtelligent.bootstrap.Settings;
import net.adtelligent.domain.fact.DateRange;
import net.adtelligent.domain.tenant.TenantId;

/**
 * The bare SQL aggregate of a snapshot's ad rows, on the database the core uses, through a pool of
 * its own: the core's database handle is the service's business, and a second pool of the same
 * kind (application role, row-level security) costs the same per query.
 */
public final class SnapshotBaseline implements AutoCloseable {

    private final PostgresDatabase database;
    private final BareAggregate aggregate;
    private final String description;

    private SnapshotBaseline(PostgresDatabase database, String description) {
        this.database = database;
        this.aggregate = BareAggregate.on(database);
        this.description = description;
    }

    /**
     * The database of {@code settings}, which must be running: ADT_DATABASE_URL, or the embedded
     * server, whose port its postmaster.pid names (4th line).
     */
    public static SnapshotBaseline forDatabaseOf(Settings settings) {
        if (settings.databaseUrl().isPresent()) {
            var url = settings.databaseUrl().get();
            return new SnapshotBaseline(PostgresDatabase.open(new PostgresSettings(url.jdbcUrl(), url.user(), url.password(),
                    settings.databaseAppRole())), "ADT_DATABASE_URL");
        }
        try {
            List<String> pid = Files.readAllLines(settings.dataDir().resolve("postgres").resolve("postmaster.pid"));
            String jdbc = "jdbc:postgresql://127.0.0.1:" + pid.get(3).trim() + "/postgres";
            return new SnapshotBaseline(PostgresDatabase.open(new PostgresSettings(jdbc, "postgres", "", settings.databaseAppRole())),
                    "embedded PostgreSQL in " + settings.dataDir());
        } catch (IOException | IndexOutOfBoundsException e) {
            throw new ConfigurationException("the embedded server's port is unknown: " + e);
        }
    }

    public String describe() {
        return description;
    }

    public BareAggregate.Sums sums(TenantId tenant, DateRange window) {
        return aggregate.between(tenant, window.first(), window.last());
    }

    @Override
    public void close() {
        database.close();
    }
}
