package net.adtelligent.contracts.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.adtelligent.contracts.Contracts;
import net.adtelligent.contracts.Mapping;
import net.adtelligent.domain.fact.ConversionSetting;
import net.adtelligent.domain.fact.Platform;
import org.junit.jupiter.api.Test;

class ContractConversionCatalogTest {

    private static final Contracts CONTRACTS = Contracts.load();
    private final List<ConversionSetting> settings = new ContractConversionCatalog(CONTRACTS).settings();

    @Test
    void settings_givenShippedContracts_listEachSettingOnceWithItsPlatform() {
        assertThat(settings).extracting(ConversionSetting::name, ConversionSetting::platform).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("meta_ads.conversion_action_types", Platform.META_ADS),
                org.assertj.core.groups.Tuple.tuple("linkedin_ads.conversion_fields", Platform.LINKEDIN_ADS));
    }

    @Test
    void settings_givenMetaActionTypes_describeWhereTheContractUsesThemAndKeepItsDefaults() {
        ConversionSetting meta = setting("meta_ads.conversion_action_types");

        assertThat(meta.description()).isEqualTo(
                "Meta action types counted as conversions and conversions value (ads_insights: actions / action_values)");
        assertThat(meta.defaults()).containsExactly("offsite_conversion.fb_pixel_purchase", "onsite_conversion.purchase",
                "offsite_conversion.fb_pixel_lead", "onsite_conversion.lead_grouped");
    }

    @Test
    void settings_givenLinkedInFields_describeTheSumAndKeepThePointersAsDefaults() {
        ConversionSetting linkedIn = setting("linkedin_ads.conversion_fields");

        assertThat(linkedIn.description()).isEqualTo("LinkedIn metrics summed as conversions (ad_campaign_analytics)");
        assertThat(linkedIn.defaults()).containsExactly("/externalWebsiteConversions", "/oneClickLeads");
    }

    @Test
    void settings_givenEverySelectionInTheContracts_leaveNoneOut() {
        List<String> used = CONTRACTS.all().stream().flatMap(contract -> contract.mapping().values().stream())
                .map(mapping -> mapping instanceof Mapping.SumByActionType sum ? sum.actionTypes().setting()
                        : mapping instanceof Mapping.SumOfFields sum ? sum.fields().setting() : null)
                .filter(name -> name != null).distinct().toList();

        assertThat(settings).extracting(ConversionSetting::name).containsExactlyInAnyOrderElementsOf(used);
    }

    private ConversionSetting setting(String name) {
        return settings.stream().filter(setting -> setting.name().equals(name)).findFirst().orElseThrow();
    }
}
