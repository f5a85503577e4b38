package net.adtelligent.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContractValidatorTest {

    private static List<List<String>> messages(String stream) {
        ContractValidator validator = new ContractValidator(Fixtures.CONTRACTS.stream(stream).orElseThrow());
        List<List<String>> all = new ArrayList<>();
        Fixtures.read(stream).forEachRemaining(record ->
                all.add(validator.validate(record).stream().map(Violation::message).toList()));
        return all;
    }

    @Test
    void validate_givenMetaFixture_reportsEveryViolationOfEachBrokenRecord() {
        assertThat(messages("meta_ads.ads_insights")).containsExactly(
                List.of(), List.of(), List.of(),
                List.of("/date_start required, missing", "/spend expected number or numeric string, got \"abc\""),
                List.of("/date_start expected a day written yyyy-MM-dd, got \"2024-13-01\""),
                List.of("/impressions expected integer or numeric string, got 12.5"));
    }

    @Test
    void validate_givenGoogleFixture_acceptsExtraFieldsAndStringCounts() {
        assertThat(messages("google_ads.campaign")).containsExactly(
                List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of("/campaign.resource_name required, missing"),
                List.of("/metrics.clicks expected integer or numeric string, got \"many\""),
                List.of("/segments.date expected a day written yyyy-MM-dd, got \"05/01/2024\""));
    }

    @Test
    void validate_givenNestedArrays_pointsIntoTheItem() {
        ContractValidator validator = new ContractValidator(Fixtures.CONTRACTS.stream("meta_ads.ads_insights").orElseThrow());
        SourceRecord record = RecordReader.parse(1, "{\"date_start\":\"2024-05-01\",\"account_id\":\"1\",\"campaign_id\":\"2\","
                + "\"adset_id\":\"3\",\"ad_id\":\"4\",\"account_currency\":\"EUR\",\"spend\":1,\"impressions\":null,"
                + "\"actions\":[{\"action_type\":\"lead\"}]}");

        assertThat(validator.validate(record)).extracting(Violation::message).containsExactly(
                "/impressions expected integer or numeric string, got null", "/actions/0/value required, missing");
    }

    @Test
    void read_givenEachLineShape_unwrapsRecordsAndSkipsOtherMessages() {
        RecordReader reader = new RecordReader(new StringReader("""
                {"type":"LOG","log":{"level":"INFO","message":"hi"}}
                {"type":"RECORD","record":{"stream":"campaign","data":{"a":1},"emitted_at":5}}

                {"stream":"campaign","data":{"b":2},"emitted_at":6}
                {"c":3}
                not json
                """));
        List<SourceRecord> records = new ArrayList<>();
        reader.forEachRemaining(records::add);

        assertThat(records).extracting(SourceRecord::line).containsExactly(2L, 4L, 5L, 6L);
        assertThat(records.get(0).emittedAt()).hasValueSatisfying(at -> assertThat(at.toEpochMilli()).isEqualTo(5));
        assertThat(records.get(1).data().orElseThrow().get("b").asInt()).isEqualTo(2);
        assertThat(records.get(2).stream()).isEmpty();
        assertThat(records.get(3).unreadable()).hasValueSatisfying(why -> assertThat(why).startsWith("not JSON"));
    }

    @Test
    void validate_givenRecordOfAnotherStream_saysSo() {
        ContractValidator validator = new ContractValidator(Fixtures.CONTRACTS.stream("google_ads.campaign").orElseThrow());

        assertThat(validator.validate(RecordReader.parse(1, "{\"stream\":\"customer\",\"data\":{},\"emitted_at\":1}")))
                .first().extracting(Violation::message)
                .isEqualTo("(record) expected a record of google_ads.campaign, got stream \"customer\"");
    }
}
