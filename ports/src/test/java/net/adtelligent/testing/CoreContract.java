package net.adtelligent.testing;

import java.time.Clock;
import java.util.List;
import net.adtelligent.domain.audit.ClientInfo;
import net.adtelligent.domain.identity.User;
import net.adtelligent.domain.tenant.Slug;
import net.adtelligent.memory.InMemorySyncRunStore;
import net.adtelligent.memory.InMemoryUploadStorage;
import net.adtelligent.ports.in.Actor;
import net.adtelligent.ports.out.CsvFiles;
import net.adtelligent.ports.out.FactStores;
import net.adtelligent.ports.out.IdentityFixtures;
import net.adtelligent.ports.out.Ingestion;
import net.adtelligent.ports.out.Stores;
import net.adtelligent.ports.out.SyncRunStore;
import net.adtelligent.ports.out.TenantFixtures;
import net.adtelligent.ports.out.UnitOfWork;
import org.junit.jupiter.api.BeforeEach;

/** The core on one technology's stores and unit of work, with a first user, for the use-case contracts. */
public abstract class CoreContract {

    protected static final String PASSWORD = "correct horse battery staple";
    protected static final ClientInfo CLIENT = ClientInfo.local("units contract");
    protected static final Actor SYSTEM = Actor.system("units contract");

    protected CoreOnStores test;
    protected User ann;

    /** Stores, fact stores and unit of work of one technology; they may hold other tests' rows. */
    protected abstract Stores stores();

    protected abstract FactStores facts();

    protected abstract UnitOfWork unitOfWork();

    /** The CSV reader; none by default, for the contracts that upload nothing. */
    protected CsvFiles csvFiles() {
        return new NoCsvFiles();
    }

    /** Where uploads wait, how many bytes a tenant's may hold, for how long; in memory and the defaults unless overridden. */
    protected Ingestion ingestion(CsvFiles csvFiles) {
        return new Ingestion(csvFiles, List::of, new InMemoryUploadStorage(), Ingestion.DEFAULT_MAX_UPLOAD_BYTES);
    }

    protected Clock clock() {
        return Clock.systemUTC();
    }

    /** Where the core reads sync runs; in memory unless overridden. */
    protected SyncRunStore syncRuns() {
        return new InMemorySyncRunStore();
    }

    @BeforeEach
    void setUpCore() {
        test = new CoreOnStores(stores(), facts(), unitOfWork(), ingestion(csvFiles()), clock(), syncRuns());
        ann = test.core.manageUsers().createUser(SYSTEM, IdentityFixtures.uniqueEmail().value(), PASSWORD).get();
    }

    protected Slug newTenantOwnedBy(User owner) {
        String slug = IdentityFixtures.unique("t");
        return test.core.registerTenant().register(Actor.user(owner.id(), CLIENT), TenantFixtures.draft(slug)).get().slug();
    }

}
