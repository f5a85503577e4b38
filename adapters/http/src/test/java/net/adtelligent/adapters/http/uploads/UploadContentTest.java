package net.adtelligent.adapters.http.uploads;

import static net.adtelligent.adapters.http.TestApi.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import net.adtelligent.adapters.http.TestApi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Files that read as a header but hold no rows, or no text at all. */
class UploadContentTest {

    private static final String UPLOADS = "/api/tenants/acme/uploads/";

    private final TestApi api = TestApi.start();

    UploadContentTest() {
        api.register("acme");
    }

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void map_givenHeaderWithoutRows_answersInvalidSayingSo() {
        String id = UploadRouteTest.upload(api, "Day,Campaign,Cost (EUR)\r\n");

        JsonNode job = json(api.put(UPLOADS + id + "/mapping/", "{}"));

        assertThat(job.path("status").asText()).isEqualTo("invalid");
        assertThat(job.path("report").path("rows").asLong()).isZero();
        JsonNode problem = job.path("report").path("problems").get(0);
        assertThat(problem.path("line").asLong()).isEqualTo(1);
        assertThat(problem.path("reason").asText()).isEqualTo("the file has a header but no rows");
    }

    @Test
    void upload_givenBinaryAfterATextLikeFirstLine_answers422NamingIt() {
        byte[] noise = new byte[4096];
        new Random(7).nextBytes(noise);
        HttpResponse<String> withNul = upload(noise);
        HttpResponse<String> controls = upload("\u0001\u0002\u0003\u0004 data\u0005\u0006\u0007\u000b\n".repeat(40)
                .getBytes(StandardCharsets.UTF_8));

        assertThat(withNul.statusCode()).as(withNul.body()).isEqualTo(422);
        assertThat(json(withNul).path("detail").asText()).contains("binary");
        assertThat(controls.statusCode()).as(controls.body()).isEqualTo(422);
        assertThat(json(controls).path("detail").asText()).contains("binary");
    }

    private HttpResponse<String> upload(byte[] rest) {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.writeBytes("Day,Campaign,Cost\n".getBytes(StandardCharsets.UTF_8));
        file.writeBytes(rest);
        return api.upload(UPLOADS + "csv/?file_name=export.csv", "text/csv", file.toByteArray());
    }
}
