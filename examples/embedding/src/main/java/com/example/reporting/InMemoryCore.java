package com.example.reporting;

import net.adtelligent.application.Adtelligent;
import net.adtelligent.contracts.csv.ContractIngestion;
import net.adtelligent.memory.InMemoryStores;
import net.adtelligent.memory.InMemoryUploadStorage;
import net.adtelligent.ports.out.Ingestion;

/** The lightest embedding of docs/embedding.md: everything in memory, two modules, no accounts, no mail. */
final class InMemoryCore {

    private InMemoryCore() {
    }

    static Adtelligent create() {
        // docs:begin in-memory
        Adtelligent core = Adtelligent.builder()
                .stores(InMemoryStores.create())
                .facts(InMemoryStores.facts())
                .unitOfWork(InMemoryStores.unitOfWork()) // each use case's writes all or nothing
                .ingestion(ContractIngestion.with(new InMemoryUploadStorage(), Ingestion.DEFAULT_MAX_UPLOAD_BYTES))
                .build(); // no security(...) nor mailer(...): signing users in and mail are refused, Actor.system works
        // docs:end
        return core;
    }
}
