package net.adtelligent.bench;

import io.vavr.control.Option;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import net.adtelligent.contracts.Batch;
import net.adtelligent.contracts.NormaliseContext;
import net.adtelligent.contracts.Normaliser;
import net.adtelligent.contracts.RecordReader;
import net.adtelligent.contracts.StreamContract;
import net.adtelligent.domain.connection.ConnectionId;
import net.adtelligent.domain.fact.AdPerformanceDaily;
import net.adtelligent.domain.tenant.TenantId;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The rows {@code contracts normalize --ingest} stores for a file of Airbyte records, written as
 * CSV in the columns of {@code ad_performance_daily}: what PostgreSQL's COPY loads on the other side
 * of {@code adtelligent-bench ingest}, so both sides store the same rows.
 */
public final class FactsCsv {

    /** The fact table's columns, "name type", for a plain table without key, index or check. */
    public static final List<String> COLUMNS = List.of("tenant_id uuid", "date_day date", "connection_id uuid",
            "platform text", "account_id text", "account_name text", "campaign_id text", "campaign_name text",
            "ad_group_id text", "ad_group_name text", "ad_id text", "ad_name text", "currency_code text",
            "spend numeric", "impressions bigint", "clicks bigint", "conversions numeric", "conversions_value numeric",
            "source_extracted_at timestamptz");

    private FactsCsv() {
    }

    /** Writes the facts of {@code messages} to {@code csv}, header first; answers how many rows. */
    public static long write(StreamContract stream, String account, TenantId tenant, ConnectionId connection,
                             Path messages, Path csv) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader(COLUMNS.stream().map(c -> c.split(" ")[0])
                .toArray(String[]::new)).setRecordSeparator('\n').get();
        long[] rows = {0};
        try (Batch batch = new Normaliser(stream, NormaliseContext.none().own("account_id", account), tenant, connection,
                Instant.now()).batch();
             Reader in = Files.newBufferedReader(messages, StandardCharsets.UTF_8);
             Writer out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8);
             CSVPrinter printer = new CSVPrinter(out, format)) {
            new RecordReader(in).forEachRemaining(batch::add);
            batch.finish(row -> { }, fact -> {
                if (fact instanceof AdPerformanceDaily ad) {
                    print(printer, ad);
                    rows[0]++;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows[0];
    }

    private static void print(CSVPrinter printer, AdPerformanceDaily ad) {
        try {
            printer.printRecord(ad.tenantId().value(), ad.dateDay(), ad.connectionId().value(), ad.platform().name(),
                    ad.accountId(), text(ad.accountName()), ad.campaignId(), text(ad.campaignName()),
                    ad.adGroupId().getOrElse(""), text(ad.adGroupName()), ad.adId().getOrElse(""), text(ad.adName()),
                    ad.currencyCode().map(Object::toString).getOrNull(), ad.spend(), ad.impressions(), ad.clicks(),
                    ad.conversions(), ad.conversionsValue(), ad.sourceExtractedAt());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Null, not "", for a name the source did not give: COPY reads an unquoted empty field as null. */
    private static String text(Option<String> value) {
        return value.getOrNull();
    }
}
