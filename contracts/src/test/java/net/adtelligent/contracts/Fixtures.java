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
import org.assertj.core.api.recursive.comparison.RecursiveComparisonConfiguration;
import java.util.UUID;
import net.adtelligent.domain.fact.ConnectionId;
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
}
