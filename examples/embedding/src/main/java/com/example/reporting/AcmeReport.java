package com.example.reporting;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import net.adtelligent.application.Adtelligent;
import net.adtelligent.domain.fact.AdPerformanceDaily;
import net.adtelligent.domain.connection.ConnectionId;
import net.adtelligent.domain.fact.Platform;
import net.adtelligent.domain.metrics.BlendedMetrics;
import net.adtelligent.domain.metrics.Dataset;
import net.adtelligent.domain.metrics.Granularity;
import net.adtelligent.domain.metrics.GroupBy;
import net.adtelligent.domain.metrics.MetricsSnapshot;
import net.adtelligent.domain.metrics.WebGrouping;
import net.adtelligent.domain.tenant.Tenant;
import net.adtelligent.domain.tenant.TenantDraft;
import net.adtelligent.domain.upload.ImportJob;
import net.adtelligent.domain.upload.UploadId;
import net.adtelligent.ports.in.Actor;
import net.adtelligent.ports.in.CombinedMetrics;
import net.adtelligent.ports.in.CsvUploads;

/**
 * The end-to-end walk of docs/embedding.md, through the public API only: a tenant, facts from a
 * feed of the service's own, a user's CSV export, a snapshot, and the combined view read from it. Each step between "docs:" markers stands in the document unchanged.
 */
final class AcmeReport {

    private AcmeReport() {
    }

    static CombinedMetrics.Result run(Adtelligent core, Path dataDir) throws IOException {
        // docs:begin tenant
        Actor service = Actor.system("reporting-service");
        Tenant acme = core.registerTenant()
                .register(service, new TenantDraft("acme", "Acme Media", "EUR", "Europe/Berlin"))
                .getOrElseThrow(rejection -> new IllegalStateException(rejection.detail()));
        // docs:end

        // docs:begin facts
        LocalDate yesterday = LocalDate.now(ZoneId.of("Europe/Berlin")).minusDays(1);
        AdPerformanceDaily brand = AdPerformanceDaily.builder().tenantId(acme.id()).connectionId(ConnectionId.random())
                .platform(Platform.META_ADS).dateDay(yesterday).accountId("act_42").accountName("Acme DE")
                .campaignId("c-1").campaignName("Brand").currencyCode(Currency.getInstance("EUR"))
                .spend(new BigDecimal("80.00")).impressions(12_000).clicks(300)
                .conversions(new BigDecimal("6")).conversionsValue(new BigDecimal("240.00"))
                .sourceExtractedAt(Instant.now()).build();
        core.ingestFacts().ingest(service, acme.slug(), List.of(brand))
                .getOrElseThrow(rejection -> new IllegalStateException(rejection.detail()));
        // docs:end

        Path export = Files.writeString(dataDir.resolve("spend.csv"), "Date,Campaign,Spend,Currency,Impressions,Clicks\n"
                + yesterday + ",Newsletter,20.00,EUR,4000,100\n");
        // docs:begin csv
        CsvUploads uploads = core.csvUploads();
        ImportJob uploaded;
        try (InputStream csv = Files.newInputStream(export)) {
            uploaded = uploads.upload(service, acme.slug(), "spend.csv", csv)
                    .getOrElseThrow(rejection -> new IllegalStateException(rejection.detail()));
        }
        UploadId id = uploaded.id();
        ImportJob checked = uploads.map(service, acme.slug(), id, CsvUploads.MappingRequest.proposal()) // columns from the header
                .getOrElseThrow(rejection -> new IllegalStateException(rejection.detail()));
        // checked.report() says row by row what would not be stored; commit stores every row or none
        uploads.commit(service, acme.slug(), id).getOrElseThrow(rejection -> new IllegalStateException(rejection.detail()));
        // docs:end
        if (checked.report().isEmpty()) {
            throw new IllegalStateException("the mapped upload has no report");
        }

        // docs:begin snapshot
        MetricsSnapshot snapshot = core.scheduledSnapshots().generate(acme.id()); // now, in this thread
        // docs:end
        if (!snapshot.tenantId().equals(acme.id())) {
            throw new IllegalStateException("a snapshot of another tenant");
        }

        // docs:begin combined
        CombinedMetrics.Result view = core.combinedMetrics()
                .combined(service, acme.slug(),
                        CombinedMetrics.Query.defaults().withGranularity(Granularity.WEEK).withGroupBy(GroupBy.PLATFORM))
                .getOrElseThrow(rejection -> new IllegalStateException(rejection.detail()));
        // view.fromSnapshot(): read from the snapshot; view.totals(): spend, clicks, … in EUR over the window
        // docs:end

        // docs:begin blended
        CombinedMetrics.Result blended = core.combinedMetrics()
                .combined(service, acme.slug(), CombinedMetrics.Query.defaults()
                        .withDatasets(EnumSet.of(Dataset.ADS, Dataset.WEB)).withWebGroupBy(WebGrouping.CHANNEL_GROUP))
                .getOrElseThrow(rejection -> new IllegalStateException(rejection.detail()));
        BlendedMetrics total = blended.channels().blended().total();
        // total.mer().value(): GA4 revenue per unit of ad spend, or none with total.mer().gap() saying why;
        // blended.channels().web(): GA4 rows by channel group; blended.freshness(): per dataset
        // docs:end
        if (total.mer().value().isEmpty() == total.mer().gap().isEmpty()) {
            throw new IllegalStateException("a blended value has a value or a gap");
        }
        return view;
    }
}
