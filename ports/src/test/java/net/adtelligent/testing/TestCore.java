package net.adtelligent.testing;

import net.adtelligent.memory.InMemoryOAuthGrantStore;
import net.adtelligent.memory.InMemoryTokenAlerts;
import java.time.Clock;
import java.util.List;
import net.adtelligent.application.Adtelligent;
import net.adtelligent.memory.InMemorySecretVault;
import net.adtelligent.memory.InMemoryStores;
import net.adtelligent.memory.InMemoryUploadStorage;
import net.adtelligent.ports.out.ConversionCatalog;
import net.adtelligent.ports.out.CsvFiles;
import net.adtelligent.ports.out.FactStores;
import net.adtelligent.ports.out.Ingestion;
import net.adtelligent.ports.out.Security;
import net.adtelligent.ports.out.Stores;
import net.adtelligent.ports.out.UnitOfWork;

/**
 * The core on in-memory stores and fast fakes, for use-case and HTTP tests. Reading CSV files is
 * the contracts module's: tests of uploads pass its reader and catalog (this module cannot see it).
 */
public final class TestCore {

    public final RecordingAuditLog audit = new RecordingAuditLog();
    public final Stores stores;
    public final FactStores facts = InMemoryStores.facts();
    public final InMemoryUploadStorage uploads = new InMemoryUploadStorage();
    public final RecordingMailer mailer = new RecordingMailer();
    public final InMemorySecretVault vault = new InMemorySecretVault();
    public final UnitOfWork units = InMemoryStores.unitOfWork();
    public final Adtelligent core;

    public TestCore(Clock clock, CsvFiles csvFiles, ConversionCatalog catalog, long maxUploadBytes) {
        Stores memory = InMemoryStores.create();
        this.stores = memory.withAuditLog(audit);
        this.core = Adtelligent.builder()
                .stores(stores)
                .facts(facts)
                .unitOfWork(units)
                .ingestion(new Ingestion(csvFiles, catalog, uploads, maxUploadBytes))
                .security(new Security(new FastPasswordHasher(), new ListPasswordScreen(), new MapAccessTokens()))
                .mailer(mailer)
                .secretVault(vault)
                .consentStores(new InMemoryOAuthGrantStore(), new InMemoryTokenAlerts())
                .clock(clock)
                .build();
    }

    public TestCore(Clock clock) {
        this(clock, new NoCsvFiles(), List::of, Ingestion.DEFAULT_MAX_UPLOAD_BYTES);
    }

    public TestCore() {
        this(Clock.systemUTC());
    }
}
