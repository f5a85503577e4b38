package net.adtelligent.adapters.http.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Either;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.adtelligent.domain.FieldViolation;
import net.adtelligent.ports.in.SyncNotifications.JobNotice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The notification is read in one pass over its tokens when it is well formed, as a tree otherwise:
 * every body gets the answer the tree alone would give, the refusals naming the same fields.
 */
class AirbyteNotificationJsonTest {

    private static final String CONNECTION = "64d901a1-2520-4d91-93c8-9df438668ff0";

    private static Either<List<FieldViolation>, JobNotice> read(String body) {
        return AirbyteNotificationJson.read(body.getBytes(StandardCharsets.UTF_8));
    }

    private static String data(String fields) {
        return "{\"text\":\"Your connection Meta Ads succeeded\",\"data\":{" + fields + "}}";
    }

    @Test
    void read_givenAirbytesNotification_takesConnectionJobAndOutcomeWhateverElseItCarries() {
        String body = "{\"text\":\"Your connection Meta Ads failed\",\"data\":{"
                + "\"workspace\":{\"id\":\"b510e39b-e9e2-4833-9a3a-963e51d35fb4\",\"name\":\"Workspace1\"},"
                + "\"connection\":{\"name\":\"Meta Ads\",\"url\":\"https://airbyte.example/c\",\"id\":\"" + CONNECTION + "\"},"
                + "\"source\":{\"id\":\"5b2b2a4e-9d3e-4c1f-9f59-2d2b0f4b1a11\",\"tags\":[1,{\"id\":2}]},"
                + "\"jobId\":9223372036854775807,\"success\":false,\"errorMessage\":\"quota\",\"recordsEmitted\":2400}}";

        assertThat(read(body).get()).isEqualTo(new JobNotice(CONNECTION, Long.MAX_VALUE, false));
        assertThat(read(data("\"success\":true,\"jobId\":0,\"connection\":{\"id\":\"" + CONNECTION + "\"}")).get())
                .isEqualTo(new JobNotice(CONNECTION, 0, true));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "",
        "not json",
        "[]",
        "{\"data\":{}} {}",
        "{\"data\":{\"jobId\":1,\"jobId\":2,\"success\":true,\"connection\":{\"id\":\"" + CONNECTION + "\"}}}",
        "{\"data\":{\"jobId\":1,\"success\":true,\"connection\":{\"id\":\"" + CONNECTION + "\"}},\"data\":{}}",
        "{\"data\":{\"jobId\":1,\"success\":true,\"connection\":{\"id\":\"" + CONNECTION + "\"}}",
        "{\"data\":[]}",
    })
    void read_givenABodyThatIsNoOneObjectWithData_refusesItNamingTheBodyOrData(String body) {
        assertThat(read(body).getLeft()).extracting(FieldViolation::field).containsAnyOf("body", "data");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "\"jobId\":-1,\"success\":true,\"connection\":{\"id\":\"" + CONNECTION + "\"}|data.jobId",
        "\"jobId\":1.5,\"success\":true,\"connection\":{\"id\":\"" + CONNECTION + "\"}|data.jobId",
        "\"jobId\":92233720368547758070,\"success\":true,\"connection\":{\"id\":\"" + CONNECTION + "\"}|data.jobId",
        "\"jobId\":\"7\",\"success\":true,\"connection\":{\"id\":\"" + CONNECTION + "\"}|data.jobId",
        "\"success\":true,\"connection\":{\"id\":\"" + CONNECTION + "\"}|data.jobId",
        "\"jobId\":7,\"success\":\"true\",\"connection\":{\"id\":\"" + CONNECTION + "\"}|data.success",
        "\"jobId\":7,\"connection\":{\"id\":\"" + CONNECTION + "\"}|data.success",
        "\"jobId\":7,\"success\":true,\"connection\":{\"id\":\"64D901A1-2520-4D91-93C8-9DF438668FF0x\"}|data.connection.id",
        "\"jobId\":7,\"success\":true,\"connection\":{\"id\":\"1-1-1-1-1\"}|data.connection.id",
        "\"jobId\":7,\"success\":true,\"connection\":{\"id\":42}|data.connection.id",
        "\"jobId\":7,\"success\":true,\"connection\":\"" + CONNECTION + "\"|data.connection.id",
        "\"jobId\":7,\"success\":true,\"connection\":{\"connection\":{\"id\":\"" + CONNECTION + "\"}}|data.connection.id",
        "\"jobId\":7,\"success\":true,\"workspace\":{\"id\":\"" + CONNECTION + "\"}|data.connection.id",
    })
    void read_givenDataWithAFieldMissingOrWrong_refusesNamingThatField(String caseAndField) {
        String[] parts = caseAndField.split("\\|");

        assertThat(read(data(parts[0])).getLeft()).extracting(FieldViolation::field).containsExactly(parts[1]);
    }
}
