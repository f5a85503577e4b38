package net.adtelligent.domain.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import io.vavr.control.Option;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class MappingProposalTest {

    @Test
    void propose_givenGoogleAdsExport_mapsEveryColumnItKnows() {
        CsvMapping mapping = MappingProposal.propose(List.of("Day", "Campaign", "Campaign ID", "Ad group", "Customer ID",
                "Account", "Currency code", "Cost", "Impr.", "Clicks", "Conversions", "Conv. value", "Search impr. share"));

        assertThat(mapping.columns()).containsOnly(entry("date", "Day"), entry("campaign_name", "Campaign"),
                entry("campaign_id", "Campaign ID"), entry("ad_group_name", "Ad group"), entry("account_id", "Customer ID"),
                entry("account_name", "Account"), entry("currency_code", "Currency code"), entry("spend", "Cost"),
                entry("impressions", "Impr."), entry("clicks", "Clicks"), entry("conversions", "Conversions"),
                entry("conversions_value", "Conv. value"));
        assertThat(mapping.currency()).isEqualTo(Option.none());
    }

    @Test
    void propose_givenMetaExport_prefersLinkClicksAndTakesTheCurrencyFromTheSpendHeader() {
        CsvMapping mapping = MappingProposal.propose(List.of("Reporting starts", "Reporting ends", "Campaign name",
                "Ad set name", "Ad name", "Amount spent (EUR)", "Impressions", "Clicks (all)", "Link clicks", "Results",
                "Purchases conversion value"));

        assertThat(mapping.columns()).containsOnly(entry("date", "Reporting starts"), entry("campaign_name", "Campaign name"),
                entry("ad_group_name", "Ad set name"), entry("ad_name", "Ad name"), entry("spend", "Amount spent (EUR)"),
                entry("impressions", "Impressions"), entry("clicks", "Link clicks"), entry("conversions", "Results"),
                entry("conversions_value", "Purchases conversion value"));
        assertThat(mapping.currency()).isEqualTo(Option.of(Currency.getInstance("EUR")));
    }

    @Test
    void propose_givenMicrosoftAndGenericNames_matchesWithoutCaseOrPunctuation() {
        assertThat(MappingProposal.propose(List.of("TimePeriod", "CampaignName", "CampaignId", "Spend", "Revenue")).columns())
                .containsOnly(entry("date", "TimePeriod"), entry("campaign_name", "CampaignName"),
                        entry("campaign_id", "CampaignId"), entry("spend", "Spend"), entry("conversions_value", "Revenue"));
        assertThat(MappingProposal.propose(List.of("DATE", "campaign", "COST (USD)", "currency", "revenue")).columns())
                .containsOnly(entry("date", "DATE"), entry("campaign_name", "campaign"), entry("spend", "COST (USD)"),
                        entry("currency_code", "currency"), entry("conversions_value", "revenue"));
    }

    @Test
    void propose_givenCurrencyInParentheses_takesOnlyCapitalIsoCodes() {
        assertThat(MappingProposal.propose(List.of("Day", "Cost (USD)")).currency()).isEqualTo(Option.of(Currency.getInstance("USD")));
        assertThat(MappingProposal.propose(List.of("Day", "Cost (usd)")).currency()).isEqualTo(Option.none());
        assertThat(MappingProposal.propose(List.of("Day", "Cost (ABC)")).currency()).isEqualTo(Option.none());
        // Meta's "Clicks (all)" is all clicks, not Albanian lek.
        assertThat(MappingProposal.propose(List.of("Clicks (all)", "Cost")).currency()).isEqualTo(Option.none());
        assertThat(MappingProposal.propose(List.of("Day", "Spend", "Conv. value (GBP)")).currency())
                .isEqualTo(Option.of(Currency.getInstance("GBP")));
    }

    @Test
    void propose_givenTheSameNameTwice_usesTheFirstHeaderOnlyOnce() {
        CsvMapping mapping = MappingProposal.propose(List.of("cost", "Cost", "spend"));

        assertThat(mapping.columns()).containsOnly(entry("spend", "spend"));
        assertThat(MappingProposal.propose(List.of("Cost", "cost")).columns()).containsOnly(entry("spend", "Cost"));
    }

    @Test
    void propose_givenUnknownHeaders_proposesIsoDatesAndTheDefaultAccountAndSource() {
        CsvMapping mapping = MappingProposal.propose(List.of("Foo", "Bar"));

        assertThat(mapping.columns()).isEmpty();
        assertThat(mapping.dateOrder()).isEqualTo(DateOrder.ISO);
        assertThat(mapping.accountId()).isEqualTo(CsvMapping.DEFAULT_SOURCE);
        assertThat(mapping.source()).isEqualTo(CsvMapping.DEFAULT_SOURCE);
    }

    @Test
    void key_givenSpellingsOfOneName_comparesThemEqual() {
        assertThat(List.of("Campaign ID", "campaign_id", "CampaignId", "CAMPAIGN-ID", " Campaign  Id "))
                .extracting(MappingProposal::key).containsOnly("campaignid");
        assertThat(MappingProposal.key("Währung")).isEqualTo("währung");
    }
}
