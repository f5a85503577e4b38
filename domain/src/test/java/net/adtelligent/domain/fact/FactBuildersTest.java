package net.adtelligent.domain.fact;

import static net.adtelligent.domain.fact.AdRows.CONNECTION;
import static net.adtelligent.domain.fact.AdRows.DAY;
import static net.adtelligent.domain.fact.AdRows.EXTRACTED;
import static net.adtelligent.domain.fact.AdRows.TENANT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.control.Option;
import java.math.BigDecimal;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class FactBuildersTest {

    @Test
    void adPerformanceBuilder_givenEveryPartByName_equalsTheCanonicalConstructor() {
        AdPerformanceDaily built = AdPerformanceDaily.builder().tenantId(TENANT).connectionId(CONNECTION)
                .platform(Platform.GOOGLE_ADS).dateDay(DAY).accountId("123").accountName("Acme").campaignId("c-1")
                .campaignName("Brand").adGroupId("ag-1").adGroupName("Shoes").adId("ad-1").adName("Red")
                .currencyCode(Currency.getInstance("EUR")).spend(new BigDecimal("12.5")).impressions(1000).clicks(30)
                .conversions(new BigDecimal("2")).conversionsValue(new BigDecimal("80")).sourceExtractedAt(EXTRACTED)
                .build();

        assertThat(built).isEqualTo(new AdPerformanceDaily(TENANT, CONNECTION, Platform.GOOGLE_ADS, DAY, "123",
                Option.of("Acme"), "c-1", Option.of("Brand"), Option.of("ag-1"), Option.of("Shoes"), Option.of("ad-1"),
                Option.of("Red"), Option.of(Currency.getInstance("EUR")), new BigDecimal("12.5"), 1000, 30,
                new BigDecimal("2"), new BigDecimal("80"), EXTRACTED));
    }

    @Test
    void adPerformanceBuilder_givenOnlyTheRequiredParts_leavesNamesOutAndMeasuresAtZero() {
        AdPerformanceDaily built = AdPerformanceDaily.builder().tenantId(TENANT).connectionId(CONNECTION)
                .platform(Platform.META_ADS).dateDay(DAY).accountId("act-1").campaignId("c-1").adName(null)
                .sourceExtractedAt(EXTRACTED).build();

        assertThat(built.adName()).isEmpty();
        assertThat(built.currencyCode()).isEmpty();
        assertThat(built.spend()).isEqualByComparingTo("0");
        assertThat(built.impressions()).isZero();
    }

    @Test
    void adPerformanceBuilder_givenNoDay_isRefusedNamingIt() {
        var withoutDay = AdPerformanceDaily.builder().tenantId(TENANT).connectionId(CONNECTION)
                .platform(Platform.META_ADS).accountId("act-1").campaignId("c-1").sourceExtractedAt(EXTRACTED);

        assertThatThrownBy(withoutDay::build).isInstanceOf(NullPointerException.class).hasMessageContaining("dateDay");
    }

    @Test
    void toBuilder_givenOnePartChanged_keepsEveryOther() {
        AdPerformanceDaily row = AdRows.ad("ad-1", "10", EXTRACTED);

        AdPerformanceDaily cheaper = row.toBuilder().spend(new BigDecimal("4")).build();

        assertThat(cheaper.spend()).isEqualByComparingTo("4");
        assertThat(cheaper.toBuilder().spend(row.spend()).build()).isEqualTo(row);
        assertThat(row.toBuilder().build()).isEqualTo(row);
    }

    @Test
    void webAnalyticsBuilder_givenEveryPartByName_equalsTheCanonicalConstructor() {
        WebAnalyticsDaily built = WebAnalyticsDaily.builder().tenantId(TENANT).connectionId(CONNECTION).dateDay(DAY)
                .propertyId("properties/1").source("google").medium("cpc").campaignName("Brand").eventName("purchase")
                .sessions(10).totalUsers(9).conversions(new BigDecimal("1.5")).totalRevenue(new BigDecimal("20"))
                .currencyCode(Currency.getInstance("EUR")).sourceExtractedAt(EXTRACTED).build();

        assertThat(built).isEqualTo(new WebAnalyticsDaily(TENANT, CONNECTION, DAY, "properties/1", Option.of("google"),
                Option.of("cpc"), Option.of("Brand"), Option.of("purchase"), 10, 9, new BigDecimal("1.5"),
                new BigDecimal("20"), Option.of(Currency.getInstance("EUR")), EXTRACTED));
    }

    @Test
    void searchConsoleBuilder_givenEveryPartByName_equalsTheCanonicalConstructor() {
        SearchConsoleDaily built = SearchConsoleDaily.builder().tenantId(TENANT).connectionId(CONNECTION).dateDay(DAY)
                .siteUrl("https://example.com/").searchType("web").query("shoes").page("https://example.com/a")
                .country("deu").device("MOBILE").clicks(3).impressions(60).ctr(new BigDecimal("0.05"))
                .position(new BigDecimal("4.2")).sourceExtractedAt(EXTRACTED).build();

        assertThat(built).isEqualTo(new SearchConsoleDaily(TENANT, CONNECTION, DAY, "https://example.com/", "web",
                Option.of("shoes"), Option.of("https://example.com/a"), Option.of("deu"), Option.of("MOBILE"), 3, 60,
                new BigDecimal("0.05"), new BigDecimal("4.2"), EXTRACTED));
    }
}
