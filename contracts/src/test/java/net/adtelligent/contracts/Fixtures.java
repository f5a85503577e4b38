package net.adtelligent.contracts;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import net.adtelligent.domain.fact.AdPerformanceDaily;
import net.adtelligent.domain.fact.Platform;
import net.adtelligent.domain.fact.SearchConsoleDaily;
import net.adtelligent.domain.fact.WebAnalyticsDaily;
import org.assertj.core.api.recursive.comparison.RecursiveComparisonConfiguration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import net.adtelligent.domain.connection.ConnectionId;
import net.adtelligent.domain.tenant.TenantId;

/** The per-stream fixture files and one tenant and connection to normalise them for. */
final class Fixtures {

    static final TenantId TENANT = new TenantId(UUID.fromString("00000000-0000-0000-0000-0000000000a1"));
    static final ConnectionId CONNECTION = new ConnectionId(UUID.fromString("00000000-0000-0000-0000-0000000000c1"));
    static final Instant T1 = Instant.ofEpochMilli(1714600000000L);
    static final Instant T2 = Instant.ofEpochMilli(1714700000000L);
    static final Contracts CONTRACTS = Contracts.load();

    // 12.30 and 12.3 are the same spend: amounts compare by value, not by scale.
    static final RecursiveComparisonConfiguration BY_VALUE = RecursiveComparisonConfiguration.builder()
            .withComparatorForType(BigDecimal::compareTo, BigDecimal.class).build();

    static AdPerformanceDaily ad(Platform platform, String day, String account, String accountName, String campaign,
                                         String campaignName, String adGroup, String adGroupName, String ad, String adName,
                                         String currency, String spend, long impressions, long clicks, String conversions,
                                         String value, java.time.Instant at) {
        return new AdPerformanceDaily(TENANT, CONNECTION, platform, LocalDate.parse(day), account, Option.of(accountName),
                campaign, Option.of(campaignName), Option.of(adGroup), Option.of(adGroupName), Option.of(ad), Option.of(adName),
                Option.of(currency).map(Currency::getInstance), new BigDecimal(spend), impressions, clicks,
                new BigDecimal(conversions), new BigDecimal(value), at);
    }

    /** A GA4 conversions-report row of property 312345678, in euros: per event, without sources or sessions. */
    static WebAnalyticsDaily event(String day, String event, long users, String conversions, String revenue, Instant at) {
        return new WebAnalyticsDaily(TENANT, CONNECTION, LocalDate.parse(day), "312345678", Option.none(), Option.none(),
                Option.none(), Option.of(event), 0, users, new BigDecimal(conversions), new BigDecimal(revenue),
                Option.of(Currency.getInstance("EUR")), at);
    }

    /** A Search Console row of the bakery's domain property for one query, without page, country or device. */
    static SearchConsoleDaily query(String day, String type, String query, long clicks, long impressions, String ctr,
                                    String position, Instant at) {
        return new SearchConsoleDaily(TENANT, CONNECTION, LocalDate.parse(day), "sc-domain:bäckerei.example", type,
                Option.of(query), Option.none(), Option.none(), Option.none(), clicks, impressions, new BigDecimal(ctr),
                new BigDecimal(position), at);
    }

    private Fixtures() {
    }

    static RecordReader read(String stream) {
        InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + stream + ".jsonl");
        if (in == null) {
            throw new UncheckedIOException(new IOException("no fixture for " + stream));
        }
        return new RecordReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    static Batch.Result normalise(String stream, NormaliseContext context) {
        Batch batch = new Normaliser(CONTRACTS.stream(stream).orElseThrow(), context, TENANT, CONNECTION, T1).batch();
        read(stream).forEachRemaining(batch::add);
        return batch.finish();
    }

    /** Feeds a context stream's fixture into {@code context}; for each record, why it was not used (empty if it was). */
    static List<List<String>> feed(NormaliseContext context, String stream) {
        ContextRecords records = new ContextRecords(CONTRACTS, CONTRACTS.stream(stream).orElseThrow().platform(), context);
        List<List<String>> outcomes = new ArrayList<>();
        read(stream).forEachRemaining(record -> outcomes.add(records.add(record).stream().map(Violation::message).toList()));
        return outcomes;
    }
}
