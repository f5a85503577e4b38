package net.adtelligent.contracts.upload;

import net.adtelligent.contracts.csv.CommonsCsvFiles;
import net.adtelligent.memory.InMemoryStores;
import net.adtelligent.ports.out.CsvFiles;
import net.adtelligent.ports.out.FactStores;
import net.adtelligent.ports.out.Stores;
import net.adtelligent.ports.out.UnitOfWork;
import net.adtelligent.testing.UploadRaceContract;

/** The UploadRaceContract on the in-memory stores and their unit of work, with the real CSV reader. */
class InMemoryUploadRaceTest extends UploadRaceContract {

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
}
