package net.adtelligent.ports.out;

import static net.adtelligent.ports.out.FactFixtures.DAY;
import static net.adtelligent.ports.out.FactFixtures.EXTRACTED;
import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import net.adtelligent.domain.fact.AdPerformanceDaily;
import net.adtelligent.domain.fact.AdPerformanceKey;
import net.adtelligent.domain.fact.ConnectionId;
import net.adtelligent.domain.fact.DateRange;
import net.adtelligent.domain.fact.Platform;
import net.adtelligent.domain.tenant.TenantId;
import org.junit.jupiter.api.Test;

/** What every AdPerformanceStore must do, beyond what every daily fact store does. */
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
}
