package net.adtelligent.adapters.http.uploads;

import static net.adtelligent.adapters.http.TestApi.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.Supplier;
import net.adtelligent.adapters.http.TestApi;
import net.adtelligent.domain.audit.AuditAction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * How an upload's file may arrive: raw or as a multipart part, far larger than a JSON body may be,
 * but not larger than the upload limit; and what is refused before anything is stored.
 */
class UploadBodyTest {

    private static final String UPLOADS = "/api/tenants/acme/uploads/csv/";

    private final TestApi api = TestApi.start();

    UploadBodyTest() {
        api.register("acme");
    }

    @AfterEach
    void stop() {
        api.close();
    }

    /** A valid export of about {@code bytes} bytes: one campaign per line. */
    private static byte[] export(int bytes) {
        StringBuilder csv = new StringBuilder("Day,Campaign,Cost (EUR)\r\n");
        for (int i = 0; csv.length() < bytes; i++) {
            csv.append("2026-11-03,Campaign ").append(i).append(",1.00\r\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] filled(long bytes) {
        byte[] content = new byte[(int) bytes];
        Arrays.fill(content, (byte) 'a');
        return content;
    }

    @Test
    void upload_givenMultipartForm_takesThePartNamedFileWithItsSubmittedName() {
        HttpResponse<String> response = api.uploadForm(UPLOADS, "file", "weekly.csv", UploadRouteTest.EXPORT.getBytes(StandardCharsets.UTF_8));

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(json(response).path("file_name").asText()).isEqualTo("weekly.csv");
        assertThat(json(response).path("headers").get(2).asText()).isEqualTo("Cost (EUR)");
    }

    /** A form whose part "file" is a plain field, no file name: its value is the CSV text. */
    private static HttpResponse<String> uploadField(TestApi api, String path, byte[] csv) {
        String boundary = "adtelligent-field-boundary";
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        return api.send(api.request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(BodyPublishers.concat(BodyPublishers.ofByteArray(head), BodyPublishers.ofByteArray(csv),
                        BodyPublishers.ofByteArray(tail))));
    }

    @Test
    void upload_givenMultipartFieldFileWithoutFileName_takesItsValue_namedByFileNameOrUploadCsv() {
        byte[] csv = export((int) TestApi.MAX_UPLOAD_BYTES / 2);

        HttpResponse<String> named = uploadField(api, UPLOADS + "?file_name=weekly.csv", csv);
        HttpResponse<String> unnamed = uploadField(api, UPLOADS, csv);

        assertThat(named.statusCode()).as(named.body()).isEqualTo(201);
        assertThat(json(named).path("file_name").asText()).isEqualTo("weekly.csv");
        assertThat(json(named).path("bytes").asLong()).isEqualTo(csv.length);
        assertThat(json(named).path("headers").get(2).asText()).isEqualTo("Cost (EUR)");
        assertThat(json(unnamed).path("file_name").asText()).isEqualTo("upload.csv");
    }

    @Test
    void upload_givenFieldFileLargerThanFormFieldsMayBe_answers413SayingHowToSendIt() {
        try (TestApi roomy = TestApi.start(settings -> settings.withMaxUploadBytes(1_000_000))) {
            roomy.register("acme");

            HttpResponse<String> response = uploadField(roomy, UPLOADS, export(300_000));

            assertThat(response.statusCode()).isEqualTo(413);
            assertThat(json(response).path("type").asText()).isEqualTo("https://adtelligent.net/problems/upload-too-large");
            assertThat(json(response).path("detail").asText()).contains("file part", "whole body");
            assertThat(roomy.audit.actions()).doesNotContain(AuditAction.UPLOAD_RECEIVED);
        }
    }

    @Test
    void upload_givenMultipartWithoutFilePart_answers400NamingFile() {
        HttpResponse<String> response = api.uploadForm(UPLOADS, "attachment", "weekly.csv", export(100));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).path("errors").get(0).path("field").asText()).isEqualTo("file");
    }

    @Test
    void upload_givenFileManyTimesTheJsonBodyLimit_isAccepted_whileJsonBodiesOfThatSizeAreStillRefused() {
        byte[] file = export((int) TestApi.MAX_BODY_BYTES * 10);

        HttpResponse<String> raw = api.upload(UPLOADS, "application/octet-stream", file);
        HttpResponse<String> chunked = api.send(api.request(UPLOADS).header("Content-Type", "text/csv")
                .POST(BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(file))));
        HttpResponse<String> form = api.uploadForm(UPLOADS, "file", "big.csv", file);

        assertThat(raw.statusCode()).isEqualTo(201);
        assertThat(json(raw).path("bytes").asLong()).isEqualTo(file.length);
        assertThat(chunked.statusCode()).isEqualTo(201);
        assertThat(form.statusCode()).isEqualTo(201);
        assertThat(json(form).path("bytes").asLong()).isEqualTo(file.length);
        String bigJson = "{\"display_name\": \"" + "x".repeat(file.length) + "\"}";
        // Refused on its Content-Length, like the far-too-large upload below: the 413, or a
        // connection closed while the client is still sending. Either way nothing changed.
        Integer refused = statusUnlessClosed(() -> api.patch("/api/tenants/acme/", bigJson));
        assertThat(refused == null || refused == 413).as("status " + refused).isTrue();
        assertThat(json(api.get("/api/tenants/acme/")).path("display_name").asText()).doesNotStartWith("xxx");
    }

    private static Integer statusUnlessClosed(Supplier<HttpResponse<String>> call) {
        try {
            return call.get().statusCode();
        } catch (UncheckedIOException closedWhileSending) {
            return null;
        }
    }

    @Test
    void upload_givenFileOverTheUploadLimit_answers413_andStoresNothing() {
        byte[] tooLarge = filled(TestApi.MAX_UPLOAD_BYTES + 1);

        HttpResponse<String> raw = api.upload(UPLOADS, "text/csv", tooLarge);
        HttpResponse<String> chunked = api.send(api.request(UPLOADS).header("Content-Type", "text/csv")
                .POST(BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(tooLarge))));
        HttpResponse<String> form = api.uploadForm(UPLOADS, "file", "big.csv", tooLarge);
        // Refused on its Content-Length before the body is read: a client still sending may see the
        // connection closed instead of the 413, which is why this one answer is checked apart.
        HttpResponse<String> farTooLarge = farTooLarge();

        for (HttpResponse<String> response : farTooLarge == null ? new HttpResponse[] {raw, chunked, form}
                : new HttpResponse[] {raw, chunked, form, farTooLarge}) {
            assertThat(response.statusCode()).isEqualTo(413);
            assertThat(TestApi.contentType(response)).isEqualTo("application/problem+json");
            assertThat(json(response).path("type").asText()).isEqualTo("https://adtelligent.net/problems/upload-too-large");
            assertThat(json(response).path("detail").asText()).contains(String.valueOf(TestApi.MAX_UPLOAD_BYTES));
        }
        assertThat(api.audit.actions()).doesNotContain(AuditAction.UPLOAD_RECEIVED);
    }

    private HttpResponse<String> farTooLarge() {
        try {
            return api.uploadForm(UPLOADS, "file", "big.csv", filled(TestApi.MAX_UPLOAD_BYTES * 3));
        } catch (UncheckedIOException closedWhileSending) {
            return null;
        }
    }

    @Test
    void upload_givenFileExactlyAtTheLimit_isAccepted() {
        byte[] file = Arrays.copyOf(export((int) TestApi.MAX_UPLOAD_BYTES), (int) TestApi.MAX_UPLOAD_BYTES);

        assertThat(api.upload(UPLOADS, "text/csv", file).statusCode()).isEqualTo(201);
        assertThat(api.uploadForm(UPLOADS, "file", "full.csv", file).statusCode()).isEqualTo(201);
    }

    @Test
    void upload_givenSomethingThatIsNotCsv_answers422SayingWhy_andStoresNothing() {
        HttpResponse<String> binary = api.upload(UPLOADS, "text/csv", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2});
        HttpResponse<String> empty = api.upload(UPLOADS, "text/csv", new byte[0]);

        assertThat(binary.statusCode()).isEqualTo(422);
        assertThat(json(binary).path("type").asText()).isEqualTo("https://adtelligent.net/problems/unreadable-upload");
        assertThat(json(binary).path("detail").asText()).contains("UTF-8");
        assertThat(empty.statusCode()).isEqualTo(422);
        assertThat(api.audit.actions()).doesNotContain(AuditAction.UPLOAD_RECEIVED);
    }

    @Test
    void upload_givenJsonOrNoMediaType_answers415() {
        HttpResponse<String> asJson = api.upload(UPLOADS, "application/json", export(100));
        HttpResponse<String> none = api.send(api.request(UPLOADS).POST(BodyPublishers.ofByteArray(export(100))));

        assertThat(asJson.statusCode()).isEqualTo(415);
        assertThat(none.statusCode()).isEqualTo(415);
        assertThat(json(asJson).path("detail").asText()).contains("text/csv", "multipart/form-data");
    }

    @Test
    void map_givenFieldsOfTheWrongShape_answers400NamingEach() {
        String id = UploadRouteTest.upload(api, UploadRouteTest.EXPORT);

        HttpResponse<String> response = api.put("/api/tenants/acme/uploads/" + id + "/mapping/",
                "{\"columns\": {\"spend\": 5}, \"currency\": 7, \"colour\": \"red\"}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).path("errors").findValuesAsText("field")).containsExactlyInAnyOrder("columns", "currency", "colour");
    }
}
