package net.adtelligent.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContextRecordsTest {

    private static List<Violation> add(String line) {
        ContextRecords records = new ContextRecords(Fixtures.CONTRACTS, "GOOGLE_ADS", NormaliseContext.none());
        return records.add(new RecordReader(new StringReader(line)).next());
    }

    @Test
    void add_givenANamedStreamMissingAField_reportsThatStreamsViolation() {
        List<Violation> violations = add("{\"type\":\"RECORD\",\"record\":{\"stream\":\"customer\",\"data\":"
                + "{\"customer.id\":1,\"customer.currency_code\":\"EUR\",\"segments.date\":\"2024-05-01\"},"
                + "\"emitted_at\":1714600000000}}");

        assertThat(violations).extracting(Violation::pointer).containsExactly("/customer.time_zone");
    }

    @Test
    void add_givenAStreamNoContextContractNames_saysThereIsNone() {
        List<Violation> violations = add("{\"stream\":\"campaign\",\"data\":{\"customer.id\":1}}");

        assertThat(violations).extracting(Violation::actual).containsExactly("no context stream");
    }

    @Test
    void add_givenABareRecordOfTheCustomerShape_takesIt() {
        List<Violation> violations = add("{\"customer.id\":1,\"customer.currency_code\":\"EUR\","
                + "\"customer.time_zone\":\"Europe/Berlin\",\"segments.date\":\"2024-05-01\"}");

        assertThat(violations).isEmpty();
    }
}
