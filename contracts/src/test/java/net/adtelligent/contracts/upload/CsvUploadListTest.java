package net.adtelligent.contracts.upload;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import net.adtelligent.domain.FieldViolation;
import net.adtelligent.domain.identity.AccessRejection;
import net.adtelligent.domain.identity.Role;
import net.adtelligent.domain.identity.User;
import net.adtelligent.domain.tenant.Slug;
import net.adtelligent.domain.upload.ImportJob;
import net.adtelligent.domain.upload.ImportRejection;
import net.adtelligent.domain.upload.ImportStatus;
import net.adtelligent.ports.in.Actor;
import net.adtelligent.ports.in.CsvUploads;
import net.adtelligent.ports.in.CsvUploads.MappingRequest;
import net.adtelligent.ports.in.CsvUploads.Recent;
import net.adtelligent.ports.out.TenantFixtures;
import org.junit.jupiter.api.Test;

/** Listing a tenant's uploads: its own only, newest first, in their current state, for every member. */
class CsvUploadListTest extends CsvUploadFlowTest {

    /** Newest first; between uploads of one instant, the id in its text order. */
    private static final Comparator<ImportJob> NEWEST_FIRST = Comparator
            .comparing(ImportJob::uploadedAt, Comparator.reverseOrder())
            .thenComparing(job -> job.id().toString());

    @Test
    void list_givenSeveralUploads_answersEachInItsCurrentStateNewestFirst() {
        ImportJob first = upload("google_ads_campaigns.csv");
        ImportJob second = uploads.upload(asOwner, new Slug("acme"), "plain.csv", text("date,campaign,cost\n2024-05-01,Brand,10\n")).get();
        ImportJob mapped = map(first, MappingRequest.proposal());

        List<ImportJob> listed = uploads.list(asOwner, new Slug("acme"), Recent.defaults()).get().items();

        assertThat(listed).containsExactlyInAnyOrder(mapped, second).isSortedAccordingTo(NEWEST_FIRST);
        assertThat(mapped.status()).isEqualTo(ImportStatus.READY);
    }

    @Test
    void list_givenMoreUploadsThanTheLimit_answersOnlyTheNewest() {
        List<ImportJob> all = List.of(upload("google_ads_campaigns.csv"), upload("google_ads_campaigns.csv"),
                upload("google_ads_campaigns.csv"));

        List<ImportJob> listed = uploads.list(asOwner, new Slug("acme"), new Recent(2)).get().items();

        assertThat(listed).containsExactlyElementsOf(all.stream().sorted(NEWEST_FIRST).limit(2).toList());
    }

    @Test
    void list_givenAViewer_answersTheUploads() {
        ImportJob job = upload("google_ads_campaigns.csv");
        User viewer = test.core.manageUsers().createUser(SYSTEM, "viewer@example.com", "correct horse battery staple").get();
        test.core.manageUsers().addMember(SYSTEM, "acme", viewer, Role.VIEWER).get();

        assertThat(uploads.list(Actor.user(viewer.id(), CLIENT), new Slug("acme"), new Recent(10)).get().items()).containsExactly(job);
    }

    @Test
    void list_givenALimitOutsideOneToHundred_isInvalidNamingLimit() {
        for (int limit : new int[] {0, -1, CsvUploads.MAX_LIST_LIMIT + 1}) {
            var outcome = uploads.list(asOwner, new Slug("acme"), new Recent(limit));

            assertThat(((ImportRejection.Invalid) outcome.getLeft()).violations()).as("limit %d", limit)
                    .extracting(FieldViolation::field).containsExactly("limit");
        }
        assertThat(uploads.list(asOwner, new Slug("acme"), new Recent(CsvUploads.MAX_LIST_LIMIT)).isRight()).isTrue();
    }

    @Test
    void list_givenAnotherTenantsUploads_neverShowsThem() {
        ImportJob ofAcme = upload("google_ads_campaigns.csv");
        User outsider = test.core.manageUsers().createUser(SYSTEM, "outsider@example.com",
                "correct horse battery staple").get();
        Actor asOutsider = Actor.user(outsider.id(), CLIENT);
        test.core.registerTenant().register(asOutsider, TenantFixtures.draft("globex")).get();

        var viaAcme = uploads.list(asOutsider, new Slug("acme"), new Recent(10));
        var viaOwnSlug = uploads.list(asOutsider, new Slug("globex"), new Recent(10));
        var badLimitViaAcme = uploads.list(asOutsider, new Slug("acme"), new Recent(0));

        assertThat(viaAcme.getLeft()).isInstanceOf(AccessRejection.NotFound.class);
        assertThat(badLimitViaAcme.getLeft()).isEqualTo(viaAcme.getLeft());
        assertThat(viaOwnSlug.get().items()).isEmpty();
        assertThat(uploads.list(asOwner, new Slug("acme"), new Recent(10)).get().items()).containsExactly(ofAcme);
    }
}
