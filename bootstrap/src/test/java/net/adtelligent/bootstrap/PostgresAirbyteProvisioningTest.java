package net.adtelligent.bootstrap;

import io.vavr.control.Option;
import java.nio.file.Path;
import java.util.Map;
import net.adtelligent.adapters.postgres.EmbeddedPostgresFixture;
import net.adtelligent.adapters.postgres.PostgresSettings;
import net.adtelligent.ports.out.FactStores;
import net.adtelligent.ports.out.ProvisioningLocks;
import net.adtelligent.ports.out.Stores;
import net.adtelligent.ports.out.UnitOfWork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

/** The Airbyte provisioning round trips on embedded PostgreSQL (V21's provisioning_error included). */
class PostgresAirbyteProvisioningTest extends AirbyteProvisioningContract {

    @TempDir
    static Path data;

    private Database database;

    private Database database() {
        if (database == null) {
            PostgresSettings fresh = EmbeddedPostgresFixture.freshDatabase();
            database = Database.openAndMigrate(Settings.from(Map.of("ADT_DATA_DIR", data.toString(),
                    "ADT_DATABASE_URL", fresh.jdbcUrl() + "?user=" + fresh.user())));
        }
        return database;
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Override
    protected Option<ProvisioningLocks> locks() {
        return Option.of(database().postgres().provisioningLocks());
    }

    @Override
    protected Stores stores() {
        return database().postgres().stores();
    }

    @Override
    protected FactStores facts() {
        return database().postgres().factStores();
    }

    @Override
    protected UnitOfWork unitOfWork() {
        return database().postgres().unitOfWork();
    }
}
