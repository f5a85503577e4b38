package net.adtelligent.bootstrap.uploads;

import net.adtelligent.adapters.postgres.EmbeddedPostgresFixture;
import net.adtelligent.adapters.postgres.PostgresDatabase;
import net.adtelligent.contracts.csv.CommonsCsvFiles;
import net.adtelligent.ports.out.CsvFiles;
import net.adtelligent.ports.out.FactStores;
import net.adtelligent.ports.out.Stores;
import net.adtelligent.ports.out.UnitOfWork;
import net.adtelligent.ports.out.UploadStorage;
import net.adtelligent.testing.UploadLifecycleContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The UploadLifecycleContract on a real database: its stores, its transactions and uploads in its
 * upload_files. Here because only bootstrap sees both the database and the real CSV reader.
 */
class PostgresUploadLifecycleTest extends UploadLifecycleContract {

    private static PostgresDatabase database;

    @BeforeAll
    static void openDatabase() {
        database = PostgresDatabase.open(EmbeddedPostgresFixture.migratedDatabase());
    }

    @AfterAll
    static void closeDatabase() {
        database.close();
    }

    @Override
    protected Stores stores() {
        return database.stores();
    }

    @Override
    protected FactStores facts() {
        return database.factStores();
    }

    @Override
    protected UnitOfWork unitOfWork() {
        return database.unitOfWork();
    }

    @Override
    protected CsvFiles csvFiles() {
        return new CommonsCsvFiles();
    }

    @Override
    protected UploadStorage uploadStorage() {
        return database.uploadStorage();
    }
}
