package net.adtelligent.contracts.upload;

import java.nio.file.Path;
import net.adtelligent.contracts.csv.CommonsCsvFiles;
import net.adtelligent.contracts.csv.DirectoryUploadStorage;
import net.adtelligent.memory.InMemoryStores;
import net.adtelligent.ports.out.CsvFiles;
import net.adtelligent.ports.out.FactStores;
import net.adtelligent.ports.out.Stores;
import net.adtelligent.ports.out.UnitOfWork;
import net.adtelligent.ports.out.UploadStorage;
import net.adtelligent.testing.UploadLifecycleContract;
import org.junit.jupiter.api.io.TempDir;

/**
 * The UploadLifecycleContract on the in-memory stores with uploads in a directory, as an embedder
 * without a database has them, and the real CSV reader.
 */
class InMemoryUploadLifecycleTest extends UploadLifecycleContract {

    @TempDir
    Path directory;

    @Override
    protected Stores stores() {
        return InMemoryStores.create();
    }

    @Override
    protected FactStores facts() {
        return InMemoryStores.facts();
    }

    @Override
    protected UnitOfWork unitOfWork() {
        return InMemoryStores.unitOfWork();
    }

    @Override
    protected CsvFiles csvFiles() {
        return new CommonsCsvFiles();
    }

    @Override
    protected UploadStorage uploadStorage() {
        return new DirectoryUploadStorage(directory);
    }
}
