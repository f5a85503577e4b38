package net.adtelligent.ports.out;

import static net.adtelligent.ports.out.IdentityFixtures.NOW;
import static net.adtelligent.ports.out.ImportFixtures.uniqueSha256;
import static net.adtelligent.ports.out.ImportFixtures.uploaded;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.control.Option;
import java.util.List;
import java.util.UUID;
import net.adtelligent.domain.identity.UserId;
import net.adtelligent.domain.tenant.TenantId;
import net.adtelligent.domain.upload.ImportJob;
import net.adtelligent.domain.upload.ImportStatus;
import net.adtelligent.domain.upload.UploadId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every ImportJobStore must do. An adapter's test extends this and only says how to build one. */
public abstract class ImportJobStoreContract {

    private ImportJobStore store;
    private TenantId tenant;
    private UserId uploader;

    /** The store under test. It may hold other tests' jobs: every test uses tenants of its own. */
    protected abstract ImportJobStore store();

    /** Where the tenants that jobs belong to are registered (the same database, for a real store). */
    protected abstract TenantStore tenantStore();

    /** Where the users who upload are registered. */
    protected abstract UserStore userStore();

    @BeforeEach
    void setUp() {
        store = store();
        tenant = IdentityFixtures.newTenant(tenantStore());
        uploader = IdentityFixtures.newUser(userStore());
    }

    @Test
    void insert_givenUploadedJob_readsItBackWithEveryField() {
        ImportJob job = uploaded(tenant, uniqueSha256(), Option.of(uploader));

        store.insert(job);

        ImportJob read = store.byId(tenant, job.id()).get();
        assertThat(read).isEqualTo(job);
        assertThat(read.proposed().columns().keySet()).containsExactly("date", "campaign_name");
    }

    @Test
    void update_givenMappedJob_readsBackMappingAndReportAsWritten() {
        ImportJob job = uploaded(tenant, uniqueSha256(), Option.none());
        store.insert(job);
        ImportJob invalid = job.mapped(ImportFixtures.chosen(), ImportFixtures.reportWithProblems(tenant));

        store.update(invalid);

        ImportJob read = store.byId(tenant, job.id()).get();
        assertThat(read).isEqualTo(invalid);
        assertThat(read.status()).isEqualTo(ImportStatus.INVALID);
        assertThat(read.report().get().preview()).isEqualTo(invalid.report().get().preview());
        assertThat(read.mapping().get().columns().keySet()).containsExactly("spend", "date", "impressions", "campaign_name");
        assertThat(read.report().get().problemsByColumn().keySet()).containsExactly("Kosten (€)", "");
    }

    @Test
    void update_givenCommittedDuplicate_keepsCommitTimeAndTheEarlierImport() {
        ImportJob earlier = committed(uploaded(tenant, uniqueSha256(), Option.of(uploader)), 0);
        ImportJob job = ImportJob.uploaded(UploadId.random(), tenant, "again.csv", 1, earlier.sha256(), earlier.headers(),
                ',', 1, earlier.proposed(), Option.of(earlier.id()), Option.of(uploader), NOW);
        store.insert(job);
        ImportJob done = job.mapped(ImportFixtures.chosen(), ImportFixtures.allValid(tenant)).committed(NOW.plusSeconds(60));

        store.update(done);

        assertThat(store.byId(tenant, job.id()).get()).isEqualTo(done);
    }

    @Test
    void insert_givenTakenId_throwsAndKeepsTheFirst() {
        ImportJob first = uploaded(tenant, uniqueSha256(), Option.none());
        store.insert(first);
        ImportJob second = new ImportJob(first.id(), tenant, "other.csv", 1, uniqueSha256(), first.headers(), ',', 1,
                first.proposed(), ImportStatus.UPLOADED, Option.none(), Option.none(), Option.none(), Option.none(),
                NOW, Option.none());

        assertThatThrownBy(() -> store.insert(second)).isInstanceOf(IllegalStateException.class);

        assertThat(store.byId(tenant, first.id()).get()).isEqualTo(first);
    }

    @Test
    void update_givenNoStoredJob_throws() {
        ImportJob never = uploaded(tenant, uniqueSha256(), Option.none());

        assertThatThrownBy(() -> store.update(never)).isInstanceOf(IllegalStateException.class);

        assertThat(store.byId(tenant, never.id())).isEmpty();
    }

    @Test
    void byIdAndUpdate_givenAnotherTenantsJob_neitherSeeNorChangeIt() {
        TenantId other = IdentityFixtures.newTenant(tenantStore());
        ImportJob theirs = uploaded(other, uniqueSha256(), Option.none());
        store.insert(theirs);
        ImportJob hijack = ImportJob.uploaded(theirs.id(), tenant, "mine.csv", 1, uniqueSha256(), theirs.headers(), ',', 1,
                theirs.proposed(), Option.none(), Option.none(), NOW);

        assertThat(store.byId(tenant, theirs.id())).isEmpty();
        assertThatThrownBy(() -> store.update(hijack)).isInstanceOf(IllegalStateException.class);

        assertThat(store.byId(other, theirs.id()).get()).isEqualTo(theirs);
    }

    @Test
    void committedWithContent_givenSeveralImportsOfTheBytes_answersTheEarliestCommitted() {
        String sha256 = uniqueSha256();
        ImportJob later = committed(uploaded(tenant, sha256, Option.none()), 120);
        ImportJob earliest = committed(uploaded(tenant, sha256, Option.none()), 60);
        ImportJob notCommitted = uploaded(tenant, sha256, Option.none());
        store.insert(notCommitted);
        committed(uploaded(tenant, uniqueSha256(), Option.none()), 0);

        assertThat(store.committedWithContent(tenant, sha256).get()).isEqualTo(earliest);
        assertThat(later.committedAt().get()).isAfter(earliest.committedAt().get());
    }

    @Test
    void committedWithContent_givenOnlyUncommittedOrOtherTenantsImports_isEmpty() {
        String sha256 = uniqueSha256();
        ImportJob ready = uploaded(tenant, sha256, Option.none());
        store.insert(ready);
        store.update(ready.mapped(ImportFixtures.chosen(), ImportFixtures.allValid(tenant)));
        TenantId other = IdentityFixtures.newTenant(tenantStore());
        committed(uploaded(other, sha256, Option.none()), 0);

        assertThat(store.committedWithContent(tenant, sha256)).isEmpty();
        assertThat(store.committedWithContent(other, sha256)).isNotEmpty();
    }

    @Test
    void firstWithContent_givenUploadsOfTheBytesInAnyState_answersTheEarliestUploadOfThisTenant() {
        String sha256 = uniqueSha256();
        ImportJob later = insertedAt(tenant, UploadId.random(), 120, sha256);
        ImportJob earliest = insertedAt(tenant, UploadId.random(), 60, sha256);
        insertedAt(IdentityFixtures.newTenant(tenantStore()), UploadId.random(), 0, sha256);
        insertedAt(tenant, UploadId.random(), 0, uniqueSha256());

        assertThat(store.firstWithContent(tenant, sha256)).contains(earliest);
        assertThat(later.uploadedAt()).isAfter(earliest.uploadedAt());
        assertThat(store.firstWithContent(tenant, uniqueSha256())).isEmpty();
    }

    @Test
    void recent_givenUploadsOfSeveralInstants_answersNewestFirst_andWithinAnInstantIdsInTheirTextOrder() {
        ImportJob oldest = insertedAt(tenant, UploadId.random(), 0);
        ImportJob newest = insertedAt(tenant, UploadId.random(), 120);
        // Text order, as PostgreSQL sorts uuids; UUID.compareTo would put the high bit first.
        ImportJob tiedHighBit = insertedAt(tenant, withHighBit(true), 60);
        ImportJob tiedLowBit = insertedAt(tenant, withHighBit(false), 60);
        ImportJob mapped = tiedLowBit.mapped(ImportFixtures.chosen(), ImportFixtures.reportWithProblems(tenant));
        store.update(mapped);

        assertThat(store.recent(tenant, 10)).containsExactly(newest, mapped, tiedHighBit, oldest);
        assertThat(store.recent(tenant, 2)).containsExactly(newest, mapped);
        assertThatThrownBy(() -> store.recent(tenant, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void recent_afterAPagesLastUpload_answersTheRestInTheSameOrder_evenWithinAnInstant() {
        ImportJob oldest = insertedAt(tenant, UploadId.random(), 0);
        ImportJob newest = insertedAt(tenant, UploadId.random(), 120);
        ImportJob tiedHighBit = insertedAt(tenant, withHighBit(true), 60);
        ImportJob tiedLowBit = insertedAt(tenant, withHighBit(false), 60);

        List<ImportJob> first = store.recent(tenant, Option.none(), 2);
        ImportJob last = first.get(1);
        List<ImportJob> rest = store.recent(tenant, Option.of(new ImportJobStore.After(last.uploadedAt(), last.id())), 10);

        assertThat(first).containsExactly(newest, tiedLowBit);
        assertThat(rest).containsExactly(tiedHighBit, oldest);
        assertThat(store.recent(tenant, Option.of(new ImportJobStore.After(oldest.uploadedAt(), oldest.id())), 10)).isEmpty();
    }

    @Test
    void recent_givenAnotherTenantsUploads_neverListsThem() {
        TenantId other = IdentityFixtures.newTenant(tenantStore());
        ImportJob mine = insertedAt(tenant, UploadId.random(), 0);
        ImportJob theirs = insertedAt(other, UploadId.random(), 60);

        assertThat(store.recent(tenant, 100)).containsExactly(mine);
        assertThat(store.recent(other, 100)).containsExactly(theirs);
        assertThat(store.recent(IdentityFixtures.newTenant(tenantStore()), 100)).isEmpty();
    }

    @Test
    void uncommittedBytes_givenJobsInEveryState_addsUpThoseNotCommittedOfThisTenantOnly() {
        ImportJob waiting = insertedAt(tenant, UploadId.random(), 0);
        ImportJob mapped = insertedAt(tenant, UploadId.random(), 1);
        store.update(mapped.mapped(ImportFixtures.chosen(), ImportFixtures.reportWithProblems(tenant)));
        committed(uploaded(tenant, uniqueSha256(), Option.none()), 2);
        insertedAt(IdentityFixtures.newTenant(tenantStore()), UploadId.random(), 0);

        assertThat(store.uncommittedBytes(tenant)).isEqualTo(waiting.bytes() + mapped.bytes());
        assertThat(store.uncommittedBytes(IdentityFixtures.newTenant(tenantStore()))).isZero();
    }

    @Test
    void uncommittedBefore_givenJobsOfSeveralAgesAndStates_answersTheOlderNotCommittedOldestFirst() {
        ImportJob oldest = insertedAt(tenant, UploadId.random(), 0);
        ImportJob older = insertedAt(tenant, UploadId.random(), 10);
        committed(uploaded(tenant, uniqueSha256(), Option.none()), 5);
        insertedAt(tenant, UploadId.random(), 60);
        insertedAt(IdentityFixtures.newTenant(tenantStore()), UploadId.random(), 0);

        assertThat(store.uncommittedBefore(tenant, NOW.plusSeconds(60), 10)).containsExactly(oldest, older);
        assertThat(store.uncommittedBefore(tenant, NOW.plusSeconds(60), 1)).containsExactly(oldest);
        assertThatThrownBy(() -> store.uncommittedBefore(tenant, NOW, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void delete_givenAJobNamedByALaterOne_forgetsItAndTheLaterNamesNothing() {
        String sha256 = uniqueSha256();
        ImportJob first = insertedAt(tenant, UploadId.random(), 0, sha256);
        ImportJob fixture = uploaded(tenant, sha256, Option.none());
        ImportJob second = ImportJob.uploaded(UploadId.random(), tenant, fixture.fileName(), fixture.bytes(), sha256,
                fixture.headers(), fixture.delimiter(), fixture.headerLine(), fixture.proposed(), Option.of(first.id()), Option.none(),
                NOW.plusSeconds(5));
        store.insert(second);

        store.delete(tenant, first.id());
        store.delete(tenant, first.id());

        assertThat(store.byId(tenant, first.id())).isEmpty();
        assertThat(store.byId(tenant, second.id()).get().duplicateOf()).isEmpty();
    }

    @Test
    void delete_givenAnotherTenant_keepsTheJob() {
        ImportJob job = insertedAt(tenant, UploadId.random(), 0);

        store.delete(IdentityFixtures.newTenant(tenantStore()), job.id());

        assertThat(store.byId(tenant, job.id())).contains(job);
    }

    /** Inserts an uploaded job of the tenant with this id, uploaded {@code seconds} after NOW. */
    private ImportJob insertedAt(TenantId owner, UploadId id, long seconds) {
        return insertedAt(owner, id, seconds, uniqueSha256());
    }

    private ImportJob insertedAt(TenantId owner, UploadId id, long seconds, String sha256) {
        ImportJob fixture = uploaded(owner, sha256, Option.none());
        ImportJob job = ImportJob.uploaded(id, owner, fixture.fileName(), fixture.bytes(), fixture.sha256(),
                fixture.headers(), fixture.delimiter(), fixture.headerLine(), fixture.proposed(), Option.none(), Option.none(),
                NOW.plusSeconds(seconds));
        store.insert(job);
        return job;
    }

    private static UploadId withHighBit(boolean set) {
        UUID random = UUID.randomUUID();
        long high = set ? random.getMostSignificantBits() | Long.MIN_VALUE : random.getMostSignificantBits() & Long.MAX_VALUE;
        return new UploadId(new UUID(high, random.getLeastSignificantBits()));
    }

    /** Inserts the job, then maps it (all valid) and commits it {@code seconds} after NOW. */
    private ImportJob committed(ImportJob job, long seconds) {
        store.insert(job);
        ImportJob done = job.mapped(ImportFixtures.chosen(), ImportFixtures.allValid(job.tenantId()))
                .committed(NOW.plusSeconds(seconds));
        store.update(done);
        return done;
    }
}
