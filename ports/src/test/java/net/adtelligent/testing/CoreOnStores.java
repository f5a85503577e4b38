package net.adtelligent.testing;

import java.time.Clock;
import java.util.List;
import net.adtelligent.application.Adtelligent;
import net.adtelligent.memory.InMemorySecretVault;
import net.adtelligent.memory.InMemoryUploadStorage;
import net.adtelligent.ports.out.CsvFiles;
import net.adtelligent.ports.out.FactStores;
import net.adtelligent.ports.out.Ingestion;
import net.adtelligent.ports.out.Security;
import net.adtelligent.ports.out.Stores;
import net.adtelligent.ports.out.SyncRunStore;
import net.adtelligent.ports.out.UnitOfWork;

/** The core on the stores and unit of work of one technology, its audit log wrapped to fail on demand. */
public final class CoreOnStores {

    public final FailingAuditLog audit;
    public final Stores stores;
    public final FactStores facts;
    public final RecordingMailer mailer = new RecordingMailer();
    public final InMemorySecretVault vault = new InMemorySecretVault();
    public final SyncRunStore syncRuns;
    public final Adtelligent core;

    public CoreOnStores(Stores given, FactStores facts, UnitOfWork units) {
        this(given, facts, units, new NoCsvFiles());
    }

    /** With a CSV reader, for the contracts that upload (the real one is the contracts module's). */
    public CoreOnStores(Stores given, FactStores facts, UnitOfWork units, CsvFiles csvFiles) {
        this(given, facts, units, new Ingestion(csvFiles, List::of, new InMemoryUploadStorage(),
                Ingestion.DEFAULT_MAX_UPLOAD_BYTES), Clock.systemUTC());
    }

    /** With the uploads' reader, storage, limits and the clock given. */
    public CoreOnStores(Stores given, FactStores facts, UnitOfWork units, Ingestion ingestion, Clock clock) {
        this(given, facts, units, ingestion, clock, given.syncRuns());
    }

    public CoreOnStores(Stores given, FactStores facts, UnitOfWork units, Ingestion ingestion, Clock clock,
                        SyncRunStore syncRuns) {
        this.syncRuns = syncRuns;
        this.audit = new FailingAuditLog(given.auditLog());
        this.stores = given.withAuditLog(audit).withSyncRuns(syncRuns);
        this.facts = facts;
        this.core = Adtelligent.builder()
                .stores(stores)
                .facts(facts)
                .unitOfWork(units)
                .ingestion(ingestion)
                .clock(clock)
                .security(new Security(new FastPasswordHasher(), new ListPasswordScreen(), new MapAccessTokens()))
                .mailer(mailer)
                .secretVault(vault)
                .build();
    }
}
