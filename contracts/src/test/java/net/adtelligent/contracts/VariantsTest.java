package net.adtelligent.contracts;

import static net.adtelligent.contracts.Fixtures.CONNECTION;
import static net.adtelligent.contracts.Fixtures.CONTRACTS;
import static net.adtelligent.contracts.Fixtures.T1;
import static net.adtelligent.contracts.Fixtures.TENANT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Records of older connector versions give the rows of the current one; records of no known version say what they lack. */
class VariantsTest {

    // One ad's day on the search network, as the ad-level report of 6.x and the legacy stream of 3.x-5.x write it.
    private static final String AD_FIELDS = "\"customer.id\":42,\"customer.descriptive_name\":\"Konditorei\","
            + "\"customer.currency_code\":\"EUR\",\"campaign.id\":7,\"ad_group.id\":70,\"ad_group_ad.ad.id\":700,"
            + "\"segments.date\":\"2024-05-01\",\"segments.ad_network_type\":\"SEARCH\",\"metrics.cost_micros\":%d,"
            + "\"metrics.impressions\":100,\"metrics.clicks\":4,\"metrics.conversions\":1.5,\"metrics.conversions_value\":30";
    private static final String CURRENT = "{\"stream\":\"ad_performance\",\"data\":{" + AD_FIELDS
            + ",\"segments.device\":\"%s\"},\"emitted_at\":1714600000000}";
    private static final String LEGACY = "{\"stream\":\"ad_group_ad_legacy\",\"data\":{" + AD_FIELDS + "},\"emitted_at\":1714600000000}";

    private final StreamContract google = CONTRACTS.stream("google_ads.ad_performance").orElseThrow();
    private final StreamContract linkedin = CONTRACTS.stream("linkedin_ads.ad_campaign_analytics").orElseThrow();

    @Test
    void normalise_givenTheLegacyStreamOfOlderVersions_givesTheRowsOfTheCurrentStream() {
        Batch current = new Normaliser(google, NormaliseContext.none(), TENANT, CONNECTION, T1).batch();
        current.add(RecordReader.parse(1, CURRENT.formatted(2_000_000, "MOBILE")));
        current.add(RecordReader.parse(2, CURRENT.formatted(1_500_000, "DESKTOP")));
        Batch legacy = new Normaliser(google, NormaliseContext.none(), TENANT, CONNECTION, T1).batch();
        legacy.add(RecordReader.parse(1, LEGACY.formatted(3_500_000)));

        Batch.Result fromCurrent = current.finish();
        Batch.Result fromLegacy = legacy.finish();

        assertThat(fromLegacy.rejected()).isEmpty();
        assertThat(fromLegacy.rows()).singleElement().satisfies(row -> {
            assertThat(row.get("spend")).isEqualTo(new java.math.BigDecimal("3.50"));
            assertThat(row.get("ad_id")).isEqualTo("700");
        });
        // Impressions and clicks differ (the current rows are two devices of 100 each): the rest is one row alike.
        assertThat(fromLegacy.rows().get(0).get("spend")).isEqualTo(fromCurrent.rows().get(0).get("spend"));
        assertThat(fromLegacy.rows().get(0).get("date_day")).isEqualTo(fromCurrent.rows().get(0).get("date_day"));
    }

    @Test
    void validate_givenARecordOfTheCurrentStreamWithoutItsDevice_refusesIt_ratherThanCountItAsLegacy() {
        String withoutDevice = CURRENT.formatted(1, "MOBILE").replace(",\"segments.device\":\"MOBILE\"", "");

        assertThat(new ContractValidator(google).validate(RecordReader.parse(1, withoutDevice)))
                .extracting(Violation::message).containsExactly("/segments.device required, missing",
                        "(record) expected a record of airbyte-source-google-ads >=6.0 or >=3.3,<6.0 as stream ad_group_ad_legacy"
                                + " or <3.3 as stream ad_group_ad_report,"
                                + " got a record that lacks /segments.device (>=6.0)");
    }

    @Test
    void stream_givenTheOlderName_findsTheContractThatCoversIt() {
        assertThat(CONTRACTS.stream("google_ads.ad_group_ad_legacy")).contains(google);
        assertThat(CONTRACTS.stream("meta_ads.ad_group_ad_legacy")).isEmpty();
    }

    @Test
    void validate_givenALinkedInRecordOfNoKnownVersion_namesTheVersionsAndWhatItLacks() {
        // Neither pivotValues nor pivotValue: no version of the connector wrote this.
        String record = "{\"stream\":\"ad_campaign_analytics\",\"data\":{\"start_date\":\"2024-05-01\","
                + "\"end_date\":\"2024-05-01\",\"costInLocalCurrency\":12.5,\"impressions\":300}}";

        assertThat(new ContractValidator(linkedin).validate(RecordReader.parse(1, record)))
                .extracting(Violation::message)
                .contains("(record) expected a record of airbyte-source-linkedin-ads >=5.0 or >=2.0,<5.0 or <2.0, got a record"
                        + " that lacks /pivotValues, /string_of_pivot_values, /sponsoredCampaign (>=5.0);"
                        + " /pivotValues, /string_of_pivot_values, /sponsoredCampaign (>=2.0,<5.0, keyed without sponsoredCampaign);"
                        + " /pivotValues, /string_of_pivot_values (<2.0, before string_of_pivot_values: the campaign's URN"
                        + " only in pivotValue (and pivotValues, where present))");
    }

    @Test
    void row_givenALinkedInRecordWithOnlyPivotValue_readsTheCampaignFromIt() {
        NormaliseContext context = NormaliseContext.none()
                .lookup("ad_group_id", "123", Map.of("account_id", "9", "campaign_id", "8"));
        String record = "{\"stream\":\"ad_campaign_analytics\",\"data\":{\"pivot\":\"CAMPAIGN\","
                + "\"pivotValue\":\"urn:li:sponsoredCampaign:123\",\"start_date\":\"2022-05-01\",\"end_date\":\"2022-05-01\","
                + "\"costInLocalCurrency\":\"12.5\",\"impressions\":300,\"clicks\":7}}";

        UnifiedRow row = new Normaliser(linkedin, context, TENANT, CONNECTION, T1).row(RecordReader.parse(1, record)).get();

        assertThat(row.get("ad_group_id")).isEqualTo("123");
        assertThat(row.get("account_id")).isEqualTo("9");
        assertThat(row.get("clicks")).isEqualTo(7L);
    }

    @Test
    void load_givenAVariantThatRelaxesAnUndeclaredField_refusesTheFile() {
        String file = "google_ads.campaign.json";
        String broken;
        try (var in = Contracts.class.getClassLoader().getResourceAsStream(Contracts.DIRECTORY + file)) {
            broken = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\"primary_key\":",
                    "\"variants\": [{\"name\": \"old\", \"versions\": \"<3.0\", \"optional\": [\"/segments.device\"]}],\n  \"primary_key\":");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }

        assertThatThrownBy(() -> ContractReader.read(file, new ByteArrayInputStream(broken.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(ContractFileException.class)
                .hasMessageContaining("variants[0].optional")
                .hasMessageContaining("/segments.device is not declared in the schema");
    }
}
