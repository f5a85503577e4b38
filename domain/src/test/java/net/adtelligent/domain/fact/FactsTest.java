package net.adtelligent.domain.fact;

import static net.adtelligent.domain.fact.AdRows.CONNECTION;
import static net.adtelligent.domain.fact.AdRows.DAY;
import static net.adtelligent.domain.fact.AdRows.EXTRACTED;
import static net.adtelligent.domain.fact.AdRows.TENANT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FactsTest {

    @Test
    void key_givenCampaignLevelSpend_hasNoAdGroupNorAdAndDiffersFromTheAdsOfThatCampaign() {
        AdPerformanceDaily campaignLevel = AdRows.row(TENANT, Option.none(), Option.none(), BigDecimal.TEN, EXTRACTED);
        AdPerformanceDaily adLevel = AdRows.ad("ad-1", "10", EXTRACTED);

        assertThat(campaignLevel.key()).isEqualTo(new AdPerformanceKey(TENANT, CONNECTION, DAY, "act-1", "c-1",
                Option.none(), Option.none()));
        assertThat(campaignLevel.key()).isNotEqualTo(adLevel.key());
    }

    @Test
    void key_givenRestatedRowWithOtherMeasures_isTheSame() {
        assertThat(AdRows.ad("ad-1", "10", EXTRACTED).key())
                .isEqualTo(AdRows.ad("ad-1", "12.5", EXTRACTED.plusSeconds(86_400)).key());
    }

    @Test
    void adPerformance_givenAdWithoutAdGroup_isRefused() {
        assertThatThrownBy(() -> AdRows.row(TENANT, Option.none(), Option.of("ad-1"), BigDecimal.ONE, EXTRACTED))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ad group");
    }

    @Test
    void adPerformance_givenEmptyIdNegativeSpendOrWebPlatform_isRefused() {
        assertThatThrownBy(() -> AdRows.row(TENANT, Option.of(""), Option.none(), BigDecimal.ONE, EXTRACTED))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("adGroupId");
        assertThatThrownBy(() -> AdRows.ad("ad-1", "-0.01", EXTRACTED))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("spend");
        AdPerformanceDaily ok = AdRows.ad("ad-1", "1", EXTRACTED);
        assertThatThrownBy(() -> new AdPerformanceDaily(ok.tenantId(), ok.connectionId(), Platform.GA4, ok.dateDay(),
                ok.accountId(), ok.accountName(), ok.campaignId(), ok.campaignName(), ok.adGroupId(), ok.adGroupName(),
                ok.adId(), ok.adName(), ok.currencyCode(), ok.spend(), 1, 1, BigDecimal.ONE, BigDecimal.ONE,
                ok.sourceExtractedAt())).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("GA4");
    }

    @Test
    void adPerformance_givenNegativeConversions_isKeptBecausePlatformsRetractConversions() {
        AdPerformanceDaily ok = AdRows.ad("ad-1", "1", EXTRACTED);
        AdPerformanceDaily retracted = new AdPerformanceDaily(ok.tenantId(), ok.connectionId(), ok.platform(),
                ok.dateDay(), ok.accountId(), ok.accountName(), ok.campaignId(), ok.campaignName(), ok.adGroupId(),
                ok.adGroupName(), ok.adId(), ok.adName(), Option.none(), ok.spend(), 0, 0, new BigDecimal("-1.5"),
                new BigDecimal("-30"), ok.sourceExtractedAt());

        assertThat(retracted.conversions()).isEqualByComparingTo("-1.5");
        assertThat(retracted.currencyCode()).isEmpty();
    }

    @Test
    void amounts_givenNegativeScale_areWrittenOutAsADatabaseGivesThemBack() {
        assertThat(AdRows.ad("ad-1", "1E+3", EXTRACTED).spend()).isEqualTo(new BigDecimal("1000"));
    }

    @Test
    void replaces_givenNewerOrEqualExtraction_isTrueAndOlderIsFalse() {
        AdPerformanceDaily stored = AdRows.ad("ad-1", "10", EXTRACTED);

        assertThat(AdRows.ad("ad-1", "11", EXTRACTED.plusSeconds(1)).replaces(stored)).isTrue();
        assertThat(AdRows.ad("ad-1", "11", EXTRACTED).replaces(stored)).isTrue();
        assertThat(AdRows.ad("ad-1", "11", EXTRACTED.minusSeconds(1)).replaces(stored)).isFalse();
        assertThatThrownBy(() -> AdRows.ad("ad-2", "1", EXTRACTED).replaces(stored))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void searchConsole_givenCtrAsPercentage_isRefused() {
        assertThatThrownBy(() -> new SearchConsoleDaily(TENANT, CONNECTION, DAY, "sc-domain:example.com", "web",
                Option.none(), Option.none(), Option.none(), Option.none(), 5, 100, new BigDecimal("5"),
                new BigDecimal("3.2"), EXTRACTED)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ratio");
    }

    @Test
    void searchConsole_givenTotalsAndQueryBreakdownOfOneDay_haveDifferentKeys() {
        SearchConsoleDaily total = SearchConsoleDaily.builder().tenantId(TENANT).connectionId(CONNECTION).dateDay(DAY)
                .siteUrl("https://example.com/").searchType("web").clicks(5).impressions(100)
                .ctr(new BigDecimal("0.05")).position(new BigDecimal("3.2")).sourceExtractedAt(EXTRACTED).build();
        SearchConsoleDaily byQuery = SearchConsoleDaily.builder().tenantId(TENANT).connectionId(CONNECTION).dateDay(DAY)
                .siteUrl("https://example.com/").searchType("web").query("schuhe kaufen").clicks(2).impressions(40)
                .ctr(new BigDecimal("0.05")).position(new BigDecimal("2.1")).sourceExtractedAt(EXTRACTED).build();

        assertThat(total.key()).isNotEqualTo(byQuery.key());
    }

    @Test
    void webAnalytics_givenTrafficAndConversionsReportsOfOneDay_haveDifferentKeys() {
        WebAnalyticsDaily traffic = WebAnalyticsDaily.builder().tenantId(TENANT).connectionId(CONNECTION).dateDay(DAY)
                .propertyId("properties/1").source("google").medium("cpc").sessions(10).totalUsers(9)
                .sourceExtractedAt(EXTRACTED).build();
        WebAnalyticsDaily conversions = WebAnalyticsDaily.builder().tenantId(TENANT).connectionId(CONNECTION).dateDay(DAY)
                .propertyId("properties/1").eventName("purchase").conversions(new BigDecimal("2.5"))
                .totalRevenue(new BigDecimal("-5")).sourceExtractedAt(EXTRACTED).build();

        assertThat(traffic.key()).isNotEqualTo(conversions.key());
        assertThat(conversions.totalRevenue()).isEqualByComparingTo("-5");
    }

    @Test
    void dateRange_givenEndBeforeStart_isRefusedAndBothEndsAreIncluded() {
        DateRange november = DateRange.of(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30));

        assertThat(november.contains(LocalDate.of(2026, 11, 1))).isTrue();
        assertThat(november.contains(LocalDate.of(2026, 11, 30))).isTrue();
        assertThat(november.contains(LocalDate.of(2026, 12, 1))).isFalse();
        assertThatThrownBy(() -> DateRange.of(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void platform_givenWireNames_parsesUpperCaseOnly() {
        assertThat(Platform.parse("platform", "GOOGLE_ADS").get()).isEqualTo(Platform.GOOGLE_ADS);
        assertThat(Platform.parse("platform", "google_ads").getError().reason()).contains("META_ADS");
    }
}
