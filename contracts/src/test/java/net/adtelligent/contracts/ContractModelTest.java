package net.adtelligent.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonPointer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The platforms' documented facts (docs/contracts.md), as the loaded contracts state them for the normaliser. */
class ContractModelTest {

    private final Contracts contracts = Contracts.load();

    private StreamContract contract(String id) {
        return contracts.stream(id).orElseThrow();
    }

    @Test
    void meta_givenAdsInsights_countsLinkClicksAndSelectedActions() {
        StreamContract meta = contract("meta_ads.ads_insights");

        assertThat(meta.mappingOf("clicks")).contains(new Mapping.Field(JsonPointer.compile("/inline_link_clicks"),
                Transform.INTEGER, Optional.of(new Mapping.Constant(BigDecimal.ZERO))));
        var conversions = (Mapping.SumByActionType) meta.mappingOf("conversions").orElseThrow();
        var value = (Mapping.SumByActionType) meta.mappingOf("conversions_value").orElseThrow();
        assertThat(conversions.field()).hasToString("/actions");
        assertThat(value.field()).hasToString("/action_values");
        assertThat(conversions.actionTypes()).isEqualTo(value.actionTypes());
        assertThat(conversions.actionTypes().setting()).isEqualTo("meta_ads.conversion_action_types");
        assertThat(conversions.actionTypes().defaults()).contains("offsite_conversion.fb_pixel_purchase", "offsite_conversion.fb_pixel_lead");
        assertThat(meta.primaryKey()).extracting(JsonPointer::toString).containsExactly("/date_start", "/account_id", "/ad_id");
        assertThat(meta.lookbackDays()).isEqualTo(28);
    }

    @Test
    void googleAds_givenCampaign_readsFlatGaqlKeysAndSumsHoursAndNetworks() {
        StreamContract google = contract("google_ads.campaign");

        var spend = (Mapping.Field) google.mappingOf("spend").orElseThrow();
        assertThat(spend.as()).isEqualTo(Transform.MICROS);
        assertThat(spend.field().getMatchingProperty()).isEqualTo("metrics.cost_micros");
        assertThat(spend.field().tail().matches()).isTrue();
        assertThat(google.mappingOf("account_id")).contains(
                new Mapping.ResourceSegment(JsonPointer.compile("/campaign.resource_name"), "customers", Optional.empty()));
        assertThat(google.aggregateToDay().orElseThrow().over()).extracting(JsonPointer::toString)
                .containsExactly("/segments.hour", "/segments.ad_network_type");
        assertThat(google.lookbackDays()).isEqualTo(14);
    }

    @Test
    void linkedIn_givenCampaignAnalytics_takesTheAdGroupFromThePivotUrn() {
        StreamContract linkedIn = contract("linkedin_ads.ad_campaign_analytics");

        assertThat(linkedIn.mappingOf("ad_group_id")).contains(
                new Mapping.Field(JsonPointer.compile("/pivotValues/0"), Transform.URN_ID, Optional.empty()));
        assertThat(linkedIn.schema().find(JsonPointer.compile("/pivotValues/0")).orElseThrow().types()).containsExactly(JsonType.STRING);
        assertThat(linkedIn.mappingOf("conversions")).contains(new Mapping.SumOfFields(
                new Selection("linkedin_ads.conversion_fields", List.of("/externalWebsiteConversions", "/oneClickLeads"))));
        assertThat(linkedIn.timeZone().fixedZone()).contains(ZoneOffset.UTC);
    }

    @Test
    void tiktok_givenDailyReport_readsNumericStringsAndTimestampDays() {
        StreamContract tiktok = contract("tiktok_ads.ads_reports_daily");

        FieldRule spend = tiktok.schema().find(JsonPointer.compile("/metrics/spend")).orElseThrow();
        assertThat(spend.numericString()).isTrue();
        assertThat(tiktok.mappingOf("spend")).contains(
                new Mapping.Field(JsonPointer.compile("/metrics/spend"), Transform.DECIMAL, Optional.empty()));
        assertThat(tiktok.date().parse("2024-05-01 00:00:00")).isEqualTo(LocalDate.of(2024, 5, 1));
        assertThat(tiktok.timeZone()).isEqualTo(TimeZoneRule.ACCOUNT);
        assertThat(tiktok.lookbackDays()).isEqualTo(3);
    }

    @Test
    void microsoft_givenReports_takeCurrencyFromEveryRow() {
        for (String id : List.of("microsoft_ads.campaign_performance_report_daily", "microsoft_ads.ad_performance_report_daily")) {
            StreamContract microsoft = contract(id);

            assertThat(microsoft.mappingOf("currency_code")).as(id).contains(
                    new Mapping.Field(JsonPointer.compile("/CurrencyCode"), Transform.TEXT, Optional.empty()));
            assertThat(microsoft.aggregateToDay()).as(id).isPresent();
        }
    }

    @Test
    void webAndSearch_givenTheirStreams_countDaysInTheirOwnTimeZones() {
        assertThat(contract("ga4.conversions_report").date().parse("20240501")).isEqualTo(LocalDate.of(2024, 5, 1));
        assertThat(contract("ga4.conversions_report").timeZone().fixedZone()).isEmpty();
        assertThat(contract("search_console.search_analytics_by_query").timeZone().fixedZone())
                .contains(ZoneId.of("America/Los_Angeles"));
        assertThat(contract("search_console.search_analytics_by_query").grain()).contains("search_type", "query");
    }

    @Test
    void schema_givenDeclaredTypes_acceptsIntegersAsNumbersAndNullOnlyWhereDeclared() {
        FieldRule root = contract("meta_ads.ads_insights").schema();
        FieldRule spend = root.find(JsonPointer.compile("/spend")).orElseThrow();
        FieldRule accountName = root.find(JsonPointer.compile("/account_name")).orElseThrow();

        assertThat(spend.accepts(JsonType.INTEGER)).isTrue();
        assertThat(spend.accepts(JsonType.STRING)).isFalse();
        assertThat(spend.numericString()).isTrue();
        assertThat(spend.nullable()).isFalse();
        assertThat(accountName.nullable()).isTrue();
        assertThat(root.required()).contains("spend").doesNotContain("account_name");
        assertThat(root.find(JsonPointer.compile("/actions/0/action_type"))).isPresent();
        assertThat(root.find(JsonPointer.compile("/no_such_field"))).isEmpty();
    }
}
