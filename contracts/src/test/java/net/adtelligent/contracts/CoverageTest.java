package net.adtelligent.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Every contract accounts for every column of its fact: mapped, or unavailable with a reason. */
class CoverageTest {

    private final Contracts contracts = Contracts.load();

    @Test
    void mapping_givenEachFactContract_accountsForEveryColumnOfItsFact() {
        for (StreamContract contract : contracts.all().stream().filter(c -> !c.isContext()).toList()) {
            List<String> columns = contract.fact().mappedColumns().stream().map(Column::name).toList();

            assertThat(contract.mapping().keySet()).as(contract.stream()).containsExactlyElementsOf(columns);
            contract.mapping().values().stream().filter(Mapping.Unavailable.class::isInstance)
                    .map(m -> ((Mapping.Unavailable) m).reason())
                    .forEach(reason -> assertThat(reason).as(contract.stream() + ": why a column is empty").isNotBlank());
        }
    }

    @Test
    void mapping_givenAdPlatformContracts_alwaysSaysDayAccountCurrencyAndTheNumbers() {
        List<String> essential = List.of("date_day", "account_id", "currency_code", "spend", "impressions", "clicks",
                "conversions", "conversions_value");
        List<StreamContract> adStreams = contracts.all().stream().filter(c -> c.fact() == Fact.AD_PERFORMANCE_DAILY).toList();

        assertThat(adStreams).hasSize(8);
        for (StreamContract contract : adStreams) {
            assertThat(contract.outputColumns()).as(contract.stream()).containsAll(essential);
        }
    }

    @Test
    void mapping_givenGoogleAdsCampaign_findsItsContextInTheCustomerStream() {
        StreamContract campaign = contracts.stream("google_ads.campaign").orElseThrow();
        StreamContract customer = contracts.stream("google_ads.customer").orElseThrow();

        assertThat(customer.grain()).containsExactly("account_id");
        for (String column : List.of("account_name", "currency_code")) {
            assertThat(campaign.mappingOf(column)).contains(new Mapping.Context(column, Optional.of("account_id")));
            assertThat(customer.outputColumns()).contains(column);
        }
        assertThat(customer.outputColumns()).contains("time_zone");
    }

    @Test
    void outputColumns_givenCampaignLevelStream_leavesAdGroupsAndAdsOut() {
        StreamContract campaign = contracts.stream("microsoft_ads.campaign_performance_report_daily").orElseThrow();

        assertThat(campaign.outputColumns()).doesNotContain("ad_group_id", "ad_group_name", "ad_id", "ad_name");
        assertThat(campaign.mappingOf("ad_id")).containsInstanceOf(Mapping.Unavailable.class);
        assertThat(campaign.grain()).containsExactly("account_id", "campaign_id");
    }
}
