package net.adtelligent.contracts.csv;

import net.adtelligent.contracts.Contracts;
import net.adtelligent.ports.out.Ingestion;
import net.adtelligent.ports.out.UploadStorage;

/** The ingestion ports as the data contracts provide them, for {@code Adtelligent.builder().ingestion(...)}. */
public final class ContractIngestion {

    private ContractIngestion() {
    }

    /** Users' CSV files read through the generic CSV contract, conversion settings from every contract. */
    public static Ingestion with(UploadStorage uploads, long maxUploadBytes) {
        Contracts contracts = Contracts.load();
        return new Ingestion(new CommonsCsvFiles(contracts), new ContractConversionCatalog(contracts), uploads,
                maxUploadBytes);
    }
}
