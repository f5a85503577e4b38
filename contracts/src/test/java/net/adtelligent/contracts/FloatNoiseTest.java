package net.adtelligent.contracts;

import static net.adtelligent.contracts.Fixtures.CONNECTION;
import static net.adtelligent.contracts.Fixtures.CONTRACTS;
import static net.adtelligent.contracts.Fixtures.T1;
import static net.adtelligent.contracts.Fixtures.TENANT;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.Map;
import net.adtelligent.domain.fact.AdPerformanceDaily;
import org.junit.jupiter.api.Test;

/** Amounts a connector computed in floating point: noise below a billionth is zero, a real negative stays refused. */
class FloatNoiseTest {

    private static Batch.Result normalise(String... costs) {
        NormaliseContext context = NormaliseContext.none()
                .lookup("ad_group_id", "252074216", Map.of("account_id", "508720451", "campaign_id", "616471656"))
                .own("currency_code", "USD");
        Normaliser normaliser = new Normaliser(CONTRACTS.stream("linkedin_ads.ad_campaign_analytics").orElseThrow(),
                context, TENANT, CONNECTION, T1);
        StringBuilder lines = new StringBuilder();
        for (int day = 0; day < costs.length; day++) {
            lines.append("""
                    {"type":"RECORD","record":{"stream":"ad_campaign_analytics","emitted_at":1718164682305,"data":{\
                    "pivotValues":["urn:li:sponsoredCampaign:252074216"],\
                    "string_of_pivot_values":"urn:li:sponsoredCampaign:252074216","sponsoredCampaign":"252074216",\
                    "start_date":"2023-08-1%1$d","end_date":"2023-08-1%1$d","costInLocalCurrency":%2$s,\
                    "impressions":1.0,"clicks":0.0,"externalWebsiteConversions":-3e-17,"oneClickLeads":0.0}}}
                    """.formatted(day, costs[day]));
        }
        Batch batch = normaliser.batch();
        for (RecordReader records = new RecordReader(new StringReader(lines.toString())); records.hasNext(); ) {
            batch.add(records.next());
        }
        return batch.finish();
    }

    @Test
    void normalise_givenSpendOfFloatNoise_storesZeroSpendAndZeroConversions() {
        Batch.Result result = normalise("-2e-18", "4e-10", "\"-0.0000000009\"");

        assertThat(result.rejected()).isEmpty();
        assertThat(result.facts()).hasSize(3).allSatisfy(fact -> {
            AdPerformanceDaily ad = (AdPerformanceDaily) fact;
            assertThat(ad.spend()).isEqualByComparingTo("0");
            assertThat(ad.conversions()).isEqualByComparingTo("0");
        });
    }

    @Test
    void normalise_givenSpendFromABillionthUp_keepsItExactlyAndRefusesARealNegative() {
        Batch.Result result = normalise("1e-9", "12.345678901", "-0.01");

        assertThat(result.facts()).extracting(fact -> ((AdPerformanceDaily) fact).spend())
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("1e-9"), new BigDecimal("12.345678901"));
        assertThat(result.rejected()).singleElement().satisfies(rejected ->
                assertThat(rejected.violations()).singleElement().asString().contains("spend must not be negative"));
    }
}
