package net.adtelligent.contracts.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;
import net.adtelligent.domain.audit.AuditAction;
import net.adtelligent.domain.fact.AdPerformanceDaily;
import net.adtelligent.domain.tenant.Slug;
import net.adtelligent.domain.upload.ImportJob;
import net.adtelligent.domain.upload.ImportStatus;
import net.adtelligent.ports.in.CsvUploads.MappingRequest;
import org.junit.jupiter.api.Test;

class CsvUploadCommitTest extends CsvUploadFlowTest {

    private static final LocalDate MAY_1 = LocalDate.of(2024, 5, 1);
    private static final LocalDate MAY_31 = LocalDate.of(2024, 5, 31);

    @Test
    void upload_givenAGoogleAdsExport_proposesEveryColumnAndWaitsForAMapping() {
        ImportJob job = upload("google_ads_campaigns.csv");

        assertThat(job.status()).isEqualTo(ImportStatus.UPLOADED);
        assertThat(job.delimiter()).isEqualTo(',');
        assertThat(job.proposed().columns()).containsEntry("date", "Day").containsEntry("spend", "Cost")
                .containsEntry("campaign_id", "Campaign ID").containsEntry("currency_code", "Currency code");
        assertThat(job.sha256()).hasSize(64);
        assertThat(test.audit.actions()).contains(AuditAction.UPLOAD_RECEIVED);
    }

    @Test
    void map_givenTheProposal_checksEveryRowAndPreviewsThemAsStored() {
        ImportJob mapped = map(upload("google_ads_campaigns.csv"), MappingRequest.proposal());

        assertThat(mapped.status()).isEqualTo(ImportStatus.READY);
        assertThat(mapped.report().get().problems()).isEmpty();
        assertThat(mapped.report().get().preview()).isNotEmpty().allSatisfy(row -> {
            assertThat(row.currencyCode().get().getCurrencyCode()).isEqualTo("CHF");
            assertThat(row.tenantId()).isEqualTo(acme.id());
        });
        assertThat(stored(MAY_1, MAY_31)).as("nothing is stored before the commit").isEmpty();
    }

    @Test
    void commit_givenAReadyUpload_storesEveryRowAndForgetsTheFile() {
        ImportJob mapped = map(upload("google_ads_campaigns.csv"), MappingRequest.proposal());

        ImportJob committed = uploads.commit(asOwner, new Slug("acme"), mapped.id()).get();

        List<AdPerformanceDaily> rows = stored(MAY_1, MAY_31);
        assertThat(committed.status()).isEqualTo(ImportStatus.COMMITTED);
        assertThat(committed.committedAt().isDefined()).isTrue();
        assertThat(rows).hasSize((int) mapped.report().get().validRows());
        assertThat(rows).extracting(AdPerformanceDaily::campaignName).extracting(name -> name.get())
                .contains("Generic, Brot & Gebäck");
        assertThatThrownBy(() -> test.uploads.open(acme.id(), mapped.id())).as("the file is gone")
                .isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void commit_givenTheSameFileUploadedAgain_namesTheEarlierUploadAndDoublesNothing() {
        ImportJob first = map(upload("google_ads_campaigns.csv"), MappingRequest.proposal());
        uploads.commit(asOwner, new Slug("acme"), first.id()).get();
        List<AdPerformanceDaily> once = stored(MAY_1, MAY_31);

        ImportJob again = map(upload("google_ads_campaigns.csv"), MappingRequest.proposal());
        uploads.commit(asOwner, new Slug("acme"), again.id()).get();

        List<AdPerformanceDaily> twice = stored(MAY_1, MAY_31);
        assertThat(again.duplicateOf()).contains(first.id());
        assertThat(twice).hasSameSizeAs(once);
        assertThat(spend(twice)).isEqualByComparingTo(spend(once));
    }

    @Test
    void commit_givenASemicolonExportInGermanWithAFixedCurrency_readsItsNumbers() {
        ImportJob mapped = map(upload("meta_de.csv"), MappingRequest.proposal());
        uploads.commit(asOwner, new Slug("acme"), mapped.id()).get();

        assertThat(mapped.delimiter()).isEqualTo(';');
        assertThat(mapped.mapping().get().currency().get().getCurrencyCode()).isEqualTo("EUR");
        assertThat(spend(stored(MAY_1, MAY_31))).isEqualByComparingTo("1247.06");
    }

    @Test
    void commit_givenRowsSplitByAColumnNotMapped_sumsThemToTheirDay() {
        ImportJob job = uploads.upload(asOwner, new Slug("acme"), "devices.csv", text(
                "date,campaign,device,cost,clicks\n2024-05-01,Brand,mobile,10.00,3\n2024-05-01,Brand,desktop,5.50,2\n")).get();
        ImportJob mapped = map(job, currency("EUR"));
        uploads.commit(asOwner, new Slug("acme"), mapped.id()).get();

        assertThat(stored(MAY_1, MAY_1)).singleElement().satisfies(row -> {
            assertThat(row.spend()).isEqualByComparingTo("15.50");
            assertThat(row.clicks()).isEqualTo(5);
        });
    }
}
