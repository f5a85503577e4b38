package net.adtelligent.contracts;

import static net.adtelligent.contracts.Fixtures.CONNECTION;
import static net.adtelligent.contracts.Fixtures.T1;
import static net.adtelligent.contracts.Fixtures.TENANT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonPointer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Days that do not exist are refused, not moved to the nearest real day with someone's spend on it. */
class DateRuleTest {

    private static final JsonPointer DAY = JsonPointer.compile("/date");

    // One record of google_ads.campaign, valid but for its day.
    private static final String CAMPAIGN_ON = "{\"campaign.id\":111,\"campaign.resource_name\":\"customers/1/campaigns/111\","
            + "\"segments.hour\":9,\"segments.ad_network_type\":\"SEARCH\",\"metrics.cost_micros\":1,"
            + "\"metrics.impressions\":1,\"metrics.clicks\":1,\"segments.date\":\"%s\"}";

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "yyyy-MM-dd, 2024-02-30",
            "yyyy-MM-dd, 2023-02-29",
            "yyyy-MM-dd, 2024-04-31",
            "yyyyMMdd, 20240230",
            "yyyy-MM-dd HH:mm:ss, 2024-02-30 00:00:00",
            "uuuu-MM-dd, 2024-02-30"})
    void parse_givenDayThatDoesNotExist_refusesIt(String format, String text) {
        DateRule rule = new DateRule(DAY, format);

        assertThatThrownBy(() -> rule.parse(text)).isInstanceOf(DateTimeParseException.class);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "yyyy-MM-dd, 2024-02-29",
            "yyyyMMdd, 20240229",
            "yyyy-MM-dd HH:mm:ss, 2024-02-29 00:00:00",
            "uuuu-MM-dd, 2024-02-29"})
    void parse_givenLeapDay_readsIt(String format, String text) {
        assertThat(new DateRule(DAY, format).parse(text)).isEqualTo(LocalDate.of(2024, 2, 29));
    }

    @Test
    void validate_givenRecordDatedFebruary30_reportsTheDay() {
        ContractValidator validator = new ContractValidator(Fixtures.CONTRACTS.stream("google_ads.campaign").orElseThrow());

        assertThat(validator.validate(RecordReader.parse(1, CAMPAIGN_ON.formatted("2024-02-30"))))
                .extracting(Violation::message)
                .containsExactly("/segments.date expected a day written yyyy-MM-dd, got \"2024-02-30\"");
        assertThat(validator.validate(RecordReader.parse(2, CAMPAIGN_ON.formatted("2024-02-29")))).isEmpty();
    }

    @Test
    void batch_givenImpossibleDaysOrAnOffsetWhereALocalDayIsExpected_rejectsEachNamingItsLineAndValue() {
        Batch batch = new Normaliser(Fixtures.CONTRACTS.stream("google_ads.campaign").orElseThrow(),
                NormaliseContext.none(), TENANT, CONNECTION, T1).batch();
        String[] days = {"2024-05-01", "2024-02-30", "2024-13-01", "2024-05-01T00:00:00+02:00", "2024-05-01+02:00"};
        for (int i = 0; i < days.length; i++) {
            batch.add(RecordReader.parse(i + 1, CAMPAIGN_ON.formatted(days[i])));
        }

        Batch.Result result = batch.finish();

        assertThat(result.rows()).extracting(row -> row.get("date_day")).containsExactly(LocalDate.of(2024, 5, 1));
        assertThat(result.rejected()).extracting(rejected -> rejected.line() + " " + rejected.violations().get(0).message())
                .containsExactly(
                        "2 /segments.date expected a day written yyyy-MM-dd, got \"2024-02-30\"",
                        "3 /segments.date expected a day written yyyy-MM-dd, got \"2024-13-01\"",
                        "4 /segments.date expected a day written yyyy-MM-dd, got \"2024-05-01T00:00:00+02:00\"",
                        "5 /segments.date expected a day written yyyy-MM-dd, got \"2024-05-01+02:00\"");
    }

    @Test
    void validate_givenTikTokDayWithAnOffset_refusesIt_ratherThanMoveItToAnotherDay() {
        ContractValidator validator = new ContractValidator(Fixtures.CONTRACTS.stream("tiktok_ads.ads_reports_daily").orElseThrow());
        String record = "{\"ad_id\":1,\"stat_time_day\":\"%s\",\"metrics\":{\"campaign_id\":2,\"adgroup_id\":3,"
                + "\"spend\":\"1.00\",\"impressions\":\"10\",\"clicks\":\"1\"}}";

        assertThat(validator.validate(RecordReader.parse(1, record.formatted("2024-05-01 00:00:00")))).isEmpty();
        assertThat(validator.validate(RecordReader.parse(2, record.formatted("2024-05-01 00:00:00+08:00"))))
                .extracting(Violation::message)
                .containsExactly("/stat_time_day expected a day written yyyy-MM-dd HH:mm:ss, got \"2024-05-01 00:00:00+08:00\"");
    }

    @Test
    void row_givenRecordDatedFebruary30_givesNoRow() {
        Normaliser normaliser = new Normaliser(Fixtures.CONTRACTS.stream("google_ads.campaign").orElseThrow(),
                NormaliseContext.none(), TENANT, CONNECTION, T1);

        assertThat(normaliser.row(RecordReader.parse(1, CAMPAIGN_ON.formatted("2024-02-30"))).getLeft())
                .extracting(Violation::pointer).containsExactly("/segments.date");
        assertThat(normaliser.row(RecordReader.parse(2, CAMPAIGN_ON.formatted("2024-02-29"))).get().get("date_day"))
                .isEqualTo(LocalDate.of(2024, 2, 29));
    }

    @Test
    void new_givenPatternThatIsNoPattern_isRefused() {
        assertThatThrownBy(() -> new DateRule(DAY, "yyyy-MM-dd'")).isInstanceOf(IllegalArgumentException.class);
    }
}
