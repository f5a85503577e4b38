package net.adtelligent.contracts.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.Map;
import net.adtelligent.domain.FieldViolation;
import net.adtelligent.domain.identity.AccessRejection;
import net.adtelligent.domain.identity.User;
import net.adtelligent.domain.tenant.Slug;
import net.adtelligent.domain.upload.ImportJob;
import net.adtelligent.domain.upload.ImportRejection;
import net.adtelligent.domain.upload.ImportStatus;
import net.adtelligent.domain.upload.RowProblem;
import net.adtelligent.ports.in.Actor;
import net.adtelligent.ports.in.CsvUploads.MappingRequest;
import net.adtelligent.ports.out.TenantFixtures;
import org.junit.jupiter.api.Test;

class CsvUploadRefusalTest extends CsvUploadFlowTest {

    @Test
    void map_givenBrokenRows_reportsEachWithLineAndColumnAndRefusesTheCommit() {
        ImportJob job = uploads.upload(asOwner, new Slug("acme"), "broken.csv", text(
                "date,campaign,cost\n2024-05-01,Brand,10\n2024-05-32,Brand,abc\n2024-05-03,,1\n")).get();

        ImportJob mapped = map(job, currency("EUR"));
        var commit = uploads.commit(asOwner, new Slug("acme"), job.id());

        assertThat(mapped.status()).isEqualTo(ImportStatus.INVALID);
        assertThat(mapped.report().get().invalidRows()).isEqualTo(2);
        assertThat(mapped.report().get().problems()).extracting(RowProblem::line, RowProblem::column)
                .contains(tuple(3L, "date"), tuple(3L, "cost"));
        assertThat(commit.getLeft()).isInstanceOf(ImportRejection.Conflict.class);
        assertThat(stored(LocalDate.of(2024, 5, 1), LocalDate.of(2024, 5, 31))).isEmpty();
    }

    @Test
    void map_givenOneKeyInTwoCurrencies_reportsTheRowThatBringsTheSecond() {
        ImportJob job = uploads.upload(asOwner, new Slug("acme"), "mixed.csv", text("date,campaign,cost,currency\n"
                + "2024-05-01,Brand,10,EUR\n2024-05-02,Brand,4,EUR\n2024-05-01,Brand,5,CHF\n")).get();

        ImportJob mapped = map(job, columns(Map.of("date", "date", "campaign_name", "campaign", "spend", "cost",
                "currency_code", "currency")));

        assertThat(mapped.status()).isEqualTo(ImportStatus.INVALID);
        assertThat(mapped.report().get().invalidRows()).isEqualTo(1);
        assertThat(mapped.report().get().problems()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(4);
            assertThat(problem.reason()).contains("CHF", "line 2", "EUR");
        });
    }

    @Test
    void map_givenACurrencyWithoutRate_reportsEachRowThenReadiesOnceTheRateIsKnown() {
        ImportJob job = uploads.upload(asOwner, new Slug("acme"), "dollars.csv", text("date,campaign,cost\n"
                + "2024-05-01,Brand,10\n2024-05-01,Generic,3\n2024-05-02,Brand,7\n")).get();

        ImportJob mapped = map(job, currency("USD"));

        assertThat(mapped.status()).isEqualTo(ImportStatus.INVALID);
        assertThat(mapped.report().get().invalidRows()).isEqualTo(3);
        assertThat(mapped.report().get().problems()).extracting(RowProblem::line).containsExactly(2L, 3L, 4L);
        assertThat(mapped.report().get().problems().get(0).reason()).contains("USD", "EUR", "fx import");

        test.facts.fxRates().upsert(java.util.List.of(new net.adtelligent.domain.fx.FxRate(LocalDate.of(2024, 4, 28),
                java.util.Currency.getInstance("EUR"), java.util.Currency.getInstance("USD"),
                new java.math.BigDecimal("1.07"), "test")));
        ImportJob again = map(job, currency("USD"));

        assertThat(again.status()).isEqualTo(ImportStatus.READY);
        assertThat(again.report().get().validRows()).isEqualTo(3);
    }

    @Test
    void map_givenAMappingThatDoesNotFit_namesEveryField() {
        ImportJob job = uploads.upload(asOwner, new Slug("acme"), "plain.csv", text("day,what,amount\n2024-05-01,Brand,10\n")).get();

        var outcome = uploads.map(asOwner, new Slug("acme"), job.id(), columns(Map.of("date", "day", "spend", "Amount",
                "budget", "amount")));

        assertThat(((ImportRejection.Invalid) outcome.getLeft()).violations()).extracting(FieldViolation::field)
                .containsExactlyInAnyOrder("columns.spend", "columns.budget", "columns.campaign_name", "currency");
        assertThat(uploads.get(asOwner, new Slug("acme"), job.id()).get().status()).isEqualTo(ImportStatus.UPLOADED);
    }

    @Test
    void upload_givenAFileOverTheLimit_keepsNothing() {
        var outcome = uploads.upload(asOwner, new Slug("acme"), "big.csv", text("date,cost\n" + "2024-05-01,1\n".repeat(6000)));

        assertThat(outcome.getLeft()).isEqualTo(new ImportRejection.TooLarge(LIMIT));
    }

    @Test
    void upload_givenSomethingThatIsNoCsv_saysWhy() {
        var empty = uploads.upload(asOwner, new Slug("acme"), "empty.csv", text(""));
        var binary = uploads.upload(asOwner, new Slug("acme"), "image.png", new ByteArrayInputStream(
                new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, (byte) 0xff, (byte) 0xfe}));

        assertThat(empty.getLeft()).isInstanceOf(ImportRejection.Unreadable.class);
        assertThat(binary.getLeft()).isInstanceOf(ImportRejection.Unreadable.class);
    }

    @Test
    void get_givenAnotherTenantsMemberOrSlug_findsNothing() {
        ImportJob job = upload("google_ads_campaigns.csv");
        User outsider = test.core.manageUsers().createUser(SYSTEM, "outsider@example.com",
                "correct horse battery staple").get();
        Actor asOutsider = Actor.user(outsider.id(), CLIENT);
        test.core.registerTenant().register(asOutsider, TenantFixtures.draft("globex"));

        var viaAcme = uploads.get(asOutsider, new Slug("acme"), job.id());
        var viaOwnSlug = uploads.get(asOutsider, new Slug("globex"), job.id());
        var commitViaOwnSlug = uploads.commit(asOutsider, new Slug("globex"), job.id());

        assertThat(viaAcme.getLeft()).isInstanceOf(AccessRejection.NotFound.class);
        assertThat(viaOwnSlug.getLeft()).isEqualTo(new ImportRejection.NotFound(job.id().toString()));
        assertThat(commitViaOwnSlug.getLeft()).isEqualTo(new ImportRejection.NotFound(job.id().toString()));
    }

    @Test
    void map_givenACommittedUpload_isAConflict() {
        ImportJob mapped = map(upload("google_ads_campaigns.csv"), MappingRequest.proposal());
        uploads.commit(asOwner, new Slug("acme"), mapped.id()).get();

        assertThat(uploads.map(asOwner, new Slug("acme"), mapped.id(), MappingRequest.proposal()).getLeft())
                .isInstanceOf(ImportRejection.Conflict.class);
    }
}
