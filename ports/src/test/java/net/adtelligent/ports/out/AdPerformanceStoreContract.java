package net.adtelligent.ports.out;

import static net.adtelligent.ports.out.FactFixtures.DAY;
import static net.adtelligent.ports.out.FactFixtures.EXTRACTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.stream.IntStream;
import net.adtelligent.domain.fact.AdPerformanceDaily;
import net.adtelligent.domain.fact.AdPerformanceKey;
import net.adtelligent.domain.connection.ConnectionId;
import net.adtelligent.domain.fact.DateRange;
import net.adtelligent.domain.fact.Platform;
import net.adtelligent.domain.tenant.TenantId;
import org.junit.jupiter.api.Test;

/**
 * What every AdPerformanceStore must do, beyond what every daily fact store does: also the summed
 * import of a file, whose expected sums come from the domain's own rule (AdPerformanceDaily.plus).
 */
public abstract class AdPerformanceStoreContract extends DailyFactStoreContract<AdPerformanceKey, AdPerformanceDaily> {

    @Override
    protected abstract AdPerformanceStore store();

    @Override
    protected AdPerformanceDaily row(TenantId tenant, ConnectionId connection, LocalDate day, int variant,
                                     Instant extractedAt) {
        return FactFixtures.ad(tenant, connection, day, variant, extractedAt);
    }

    @Override
    protected AdPerformanceDaily restated(AdPerformanceDaily row, Instant extractedAt) {
        return FactFixtures.restated(row, extractedAt);
    }

    private AdPerformanceDaily campaignLevel(Option<Currency> currency, String spend, String conversions,
                                             long impressions, Option<String> name) {
        return new AdPerformanceDaily(tenant, connection, Platform.GOOGLE_ADS, DAY, "123-456-7890", name, "cmp-0",
                name, Option.none(), Option.none(), Option.none(), Option.none(), currency, new BigDecimal(spend),
                impressions, 0, new BigDecimal(conversions), new BigDecimal("-12.5"), EXTRACTED);
    }

    /**
     * A platform's 90-day lookback read three times, as three syncs would: each extraction restates
     * every day of the window, late conversions arriving on older days. What is stored afterwards is
     * the last extraction, row for row and in total, never a sum of the three.
     */
    @Test
    void upsert_givenANinetyDayLookbackReplayedThreeTimes_keepsTheLastExtractionOnly() {
        LocalDate end = DAY;
        DateRange window = DateRange.of(end.minusDays(89), end);
        List<AdPerformanceDaily> last = List.of();
        for (int sync = 1; sync <= 3; sync++) {
            Instant extractedAt = EXTRACTED.plusSeconds(86_400L * sync);
            List<AdPerformanceDaily> extraction = new ArrayList<>();
            for (LocalDate day = window.first(); !day.isAfter(end); day = day.plusDays(1)) {
                for (int ad = 1; ad <= 3; ad++) {
                    AdPerformanceDaily row = FactFixtures.ad(tenant, connection, day, ad, extractedAt);
                    // Late conversions: each sync attributes more to the older days, spend stays as it was.
                    long age = java.time.temporal.ChronoUnit.DAYS.between(day, end);
                    extraction.add(row.toBuilder().conversions(new BigDecimal(sync * age + ad + ".5"))
                            .conversionsValue(new BigDecimal(sync * age * 10 + ".25")).build());
                }
            }
            store.upsert(tenant, extraction);
            last = extraction;
        }

        List<AdPerformanceDaily> stored = readAll(tenant, window);
        assertThat(stored).containsExactlyInAnyOrderElementsOf(last);
        assertThat(stored.stream().map(AdPerformanceDaily::conversions).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(last.stream().map(AdPerformanceDaily::conversions).reduce(BigDecimal.ZERO, BigDecimal::add));
        assertThat(stored.stream().map(AdPerformanceDaily::spend).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(last.stream().map(AdPerformanceDaily::spend).reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    @Test
    void upsert_givenUnknownCurrencyAndNoNames_readsThemBackAsUnknownNotGuessed() {
        AdPerformanceDaily unknown = campaignLevel(Option.none(), "10.00", "1", 5, Option.none());

        store.upsert(tenant, List.of(unknown));

        AdPerformanceDaily read = readAll(tenant, DateRange.day(DAY)).get(0);
        assertThat(read).isEqualTo(unknown);
        assertThat(read.currencyCode()).isEmpty();
        assertThat(read.campaignName()).isEmpty();
    }

    @Test
    void upsert_givenCampaignLevelSpendBesideAdsOfTheSameCampaign_keepsEachRow() {
        AdPerformanceDaily campaign = FactFixtures.ad(tenant, connection, DAY, 1, EXTRACTED);
        AdPerformanceDaily wholeCampaign = new AdPerformanceDaily(tenant, connection, campaign.platform(), DAY,
                campaign.accountId(), campaign.accountName(), campaign.campaignId(), campaign.campaignName(),
                Option.none(), Option.none(), Option.none(), Option.none(), campaign.currencyCode(), BigDecimal.TEN,
                0, 0, BigDecimal.ZERO, BigDecimal.ZERO, EXTRACTED);
        AdPerformanceDaily adGroupOnly = new AdPerformanceDaily(tenant, connection, campaign.platform(), DAY,
                campaign.accountId(), campaign.accountName(), campaign.campaignId(), campaign.campaignName(),
                campaign.adGroupId(), campaign.adGroupName(), Option.none(), Option.none(), campaign.currencyCode(),
                BigDecimal.ONE, 0, 0, BigDecimal.ZERO, BigDecimal.ZERO, EXTRACTED);

        store.upsert(tenant, List.of(campaign, wholeCampaign, adGroupOnly));

        assertThat(readAll(tenant, DateRange.day(DAY))).containsExactlyInAnyOrder(campaign, wholeCampaign, adGroupOnly);
    }

    /** numeric, not floating point: money and fractional conversions come back digit for digit. */
    @Test
    void upsert_givenLargeAndFractionalAmounts_keepsEveryDigit() {
        AdPerformanceDaily precise = campaignLevel(Option.of(FactFixtures.EUR), "123456789012.123456789",
                "0.333333333333333333", 9_000_000_000_000L, Option.of("x"));

        store.upsert(tenant, List.of(precise));

        AdPerformanceDaily read = readAll(tenant, DateRange.day(DAY)).get(0);
        assertThat(read.spend()).isEqualTo(new BigDecimal("123456789012.123456789"));
        assertThat(read.conversions()).isEqualTo(new BigDecimal("0.333333333333333333"));
        assertThat(read.impressions()).isEqualTo(9_000_000_000_000L);
        assertThat(read).isEqualTo(precise);
    }

    @Test
    void upsert_givenUnicodeNamesAndIds_readsThemBackAsWritten() {
        AdPerformanceDaily unicode = new AdPerformanceDaily(tenant, connection, Platform.CSV, DAY, "Café Müller",
                Option.of("Zoë's \"Agentur\""), "東京 🚀", Option.of("Frühling — 春"), Option.of("ag/1"),
                Option.of("línea\nzwei"), Option.of("ad'1"), Option.of("😀"), Option.of(FactFixtures.EUR),
                BigDecimal.ZERO, 0, 0, BigDecimal.ZERO, BigDecimal.ZERO, EXTRACTED);

        store.upsert(tenant, List.of(unicode));

        assertThat(readAll(tenant, DateRange.day(DAY))).containsExactly(unicode);
    }

    @Test
    void importSummed_givenRowsOfOneKeySplitByAnUnmappedColumn_storesTheirSumWithTheLastNames() {
        AdPerformanceDaily mobile = row(1);
        AdPerformanceDaily desktop = renamed(FactFixtures.restated(mobile, EXTRACTED.plusSeconds(5)), "Renamed");
        AdPerformanceDaily other = row(2);

        long keys = imports().importSummed(tenant, sink -> List.of(mobile, other, desktop).forEach(sink));

        assertThat(keys).isEqualTo(2);
        assertThat(readAll(tenant, DateRange.day(DAY))).containsExactlyInAnyOrder(mobile.plus(desktop), other);
        assertThat(mobile.plus(desktop).campaignName()).contains("Renamed");
    }

    @Test
    void importSummed_givenTheSameImportTwice_storesTheSameNumbersNotDoubled() {
        List<AdPerformanceDaily> file = List.of(row(1), FactFixtures.restated(row(1), EXTRACTED), row(2));

        imports().importSummed(tenant, file::forEach);
        imports().importSummed(tenant, file::forEach);

        assertThat(readAll(tenant, DateRange.day(DAY))).containsExactlyInAnyOrder(file.get(0).plus(file.get(1)), row(2));
    }

    @Test
    void importSummed_givenANewerStoredExtraction_keepsTheStoredRowAndCountsTheKey() {
        AdPerformanceDaily newer = FactFixtures.restated(row(1), EXTRACTED.plusSeconds(86_400));
        store.upsert(tenant, List.of(newer));

        assertThat(imports().importSummed(tenant, List.of(row(1), row(1))::forEach)).isEqualTo(1);

        assertThat(readAll(tenant, DateRange.day(DAY))).containsExactly(newer);
    }

    @Test
    void importSummed_givenEachKeyOnceTwice_storesTheSameNumbersNotDoubled() {
        List<AdPerformanceDaily> file = List.of(row(1), row(2), row(3));

        assertThat(imports().importSummed(tenant, file::forEach)).isEqualTo(3);
        assertThat(imports().importSummed(tenant, file::forEach)).isEqualTo(3);

        assertThat(readAll(tenant, DateRange.day(DAY))).containsExactlyInAnyOrderElementsOf(file);
    }

    /** Each key once: an older stored row is replaced, a newer one stays, a new key is added. */
    @Test
    void importSummed_givenEachKeyOnceOverStoredRows_replacesOnlyTheOlderOnes() {
        AdPerformanceDaily newer = FactFixtures.restated(row(1), EXTRACTED.plusSeconds(86_400));
        AdPerformanceDaily older = FactFixtures.restated(row(2), EXTRACTED.minusSeconds(86_400));
        store.upsert(tenant, List.of(newer, older));
        AdPerformanceDaily later = FactFixtures.restated(row(2), EXTRACTED);

        assertThat(imports().importSummed(tenant, List.of(row(1), later, row(3))::forEach)).isEqualTo(3);

        assertThat(readAll(tenant, DateRange.day(DAY))).containsExactlyInAnyOrder(newer, later, row(3));
    }

    /** A key twice in a file over stored rows: summed, and the sum replaces the older stored row. */
    @Test
    void importSummed_givenAKeyTwiceOverStoredRows_storesItsSumInPlaceOfTheOlderRow() {
        store.upsert(tenant, List.of(FactFixtures.restated(row(1), EXTRACTED.minusSeconds(86_400)), row(2)));

        assertThat(imports().importSummed(tenant, List.of(row(1), row(2), row(1))::forEach)).isEqualTo(2);

        assertThat(readAll(tenant, DateRange.day(DAY))).containsExactlyInAnyOrder(row(1).plus(row(1)), row(2));
    }

    @Test
    void importSummed_givenASourceFailingMidway_storesNothing() {
        IllegalStateException unreadable = new IllegalStateException("the file went away");

        assertThatThrownBy(() -> imports().importSummed(tenant, sink -> {
            IntStream.range(0, 1_500).forEach(i -> sink.accept(row(i)));
            throw unreadable;
        })).isSameAs(unreadable);

        assertThat(readAll(tenant, DateRange.day(DAY))).isEmpty();
    }

    @Test
    void importSummed_givenARowOfAnotherTenant_refusesTheImportAndStoresNothing() {
        TenantId other = IdentityFixtures.newTenant(tenantStore());
        List<AdPerformanceDaily> mixed = List.of(row(1), row(other, connection, DAY, 2, EXTRACTED));

        assertThatThrownBy(() -> imports().importSummed(tenant, mixed::forEach)).isInstanceOf(IllegalArgumentException.class);

        assertThat(readAll(tenant, DateRange.day(DAY))).isEmpty();
        assertThat(readAll(other, DateRange.day(DAY))).isEmpty();
    }

    /** Amounts in two currencies never add up, and an unknown currency is not any known one. */
    @Test
    void importSummed_givenTwoCurrenciesInOneKey_refusesTheImportAndStoresNothing() {
        AdPerformanceDaily euros = campaignLevel(Option.of(FactFixtures.EUR), "10", "1", 5, Option.of("c"));
        AdPerformanceDaily dollars = campaignLevel(Option.of(Currency.getInstance("USD")), "10", "1", 5, Option.of("c"));
        AdPerformanceDaily unknown = campaignLevel(Option.none(), "10", "1", 5, Option.of("c"));

        assertThatThrownBy(() -> imports().importSummed(tenant, List.of(row(1), euros, dollars)::forEach))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> imports().importSummed(tenant, List.of(unknown, euros)::forEach))
                .isInstanceOf(IllegalArgumentException.class);

        assertThat(readAll(tenant, DateRange.day(DAY))).isEmpty();
    }

    @Test
    void importSummed_givenTenThousandRows_storesOneSumPerKey() {
        int keys = 5_000;
        List<AdPerformanceDaily> expected = new ArrayList<>();
        IntStream.range(0, keys).forEach(variant -> expected.add(row(variant).plus(row(variant))));

        long written = imports().importSummed(tenant,
                sink -> IntStream.range(0, 2 * keys).forEach(i -> sink.accept(row(i % keys))));

        assertThat(written).isEqualTo(keys);
        assertThat(readAll(tenant, DateRange.day(DAY))).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void importSummed_givenNoRows_storesNothing() {
        assertThat(imports().importSummed(tenant, sink -> { })).isZero();

        assertThat(readAll(tenant, DateRange.day(DAY))).isEmpty();
    }

    /** The store under test, by its own port: the shared fields know it only as a daily fact store. */
    private AdPerformanceStore imports() {
        return (AdPerformanceStore) store;
    }

    private static AdPerformanceDaily renamed(AdPerformanceDaily row, String name) {
        return new AdPerformanceDaily(row.tenantId(), row.connectionId(), row.platform(), row.dateDay(), row.accountId(),
                Option.of(name), row.campaignId(), Option.of(name), row.adGroupId(), Option.none(), row.adId(),
                Option.of(name), row.currencyCode(), row.spend(), row.impressions(), row.clicks(), row.conversions(),
                row.conversionsValue(), row.sourceExtractedAt());
    }
}
