package net.adtelligent.adapters.http.uploads;

import static net.adtelligent.adapters.http.TestApi.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import net.adtelligent.adapters.http.TestApi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A CSV export's way through the API: upload, map (with the proposal or explicit columns), commit. */
public class UploadRouteTest {

    public static final String EXPORT = """
            Day,Campaign,Cost (EUR),Impr.,Clicks,Conversions\r
            2026-11-03,Brand Search,12.30,1200,45,3\r
            2026-11-04,Brand Search,10.05,1000,40,2.5\r
            """;
    private static final String UPLOADS = "/api/tenants/acme/uploads/";

    private final TestApi api = TestApi.start();

    UploadRouteTest() {
        api.register("acme");
    }

    @AfterEach
    void stop() {
        api.close();
    }

    public static String upload(TestApi api, String csv) {
        HttpResponse<String> response = api.upload("/api/tenants/acme/uploads/csv/?file_name=export.csv", "text/csv",
                csv.getBytes(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return json(response).path("id").asText();
    }

    @Test
    void upload_givenRawCsv_answers201WithLocationAndProposedMapping() {
        HttpResponse<String> response = api.upload("/api/tenants/acme/uploads/csv/?file_name=reports/export.csv", "text/csv",
                EXPORT.getBytes(StandardCharsets.UTF_8));

        JsonNode job = json(response);
        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(TestApi.header(response, "Location")).isEqualTo(UPLOADS + job.path("id").asText() + "/");
        assertThat(job.path("status").asText()).isEqualTo("uploaded");
        assertThat(job.path("file_name").asText()).isEqualTo("export.csv");
        assertThat(job.path("bytes").asLong()).isEqualTo(EXPORT.getBytes(StandardCharsets.UTF_8).length);
        assertThat(job.path("sha256").asText()).hasSize(64);
        assertThat(job.path("delimiter").asText()).isEqualTo(",");
        assertThat(job.path("proposed_mapping").path("columns").path("spend").asText()).isEqualTo("Cost (EUR)");
        assertThat(job.path("proposed_mapping").path("currency").asText()).isEqualTo("EUR");
        assertThat(job.path("mapping").isNull()).isTrue();
        assertThat(job.path("report").isNull()).isTrue();
        assertThat(job.path("duplicate_of").isNull()).isTrue();
        assertThat(job.path("uploaded_at").asText()).isEqualTo("2026-11-26T10:15:30.123456Z");
        assertThat(json(api.get(UPLOADS + job.path("id").asText() + "/"))).isEqualTo(job);
    }

    @Test
    void map_givenEmptyBody_takesTheProposalAndPreviewsTheRowsExactly() {
        String id = upload(api, EXPORT);

        JsonNode job = json(api.put(UPLOADS + id + "/mapping/", "{}"));

        assertThat(job.path("status").asText()).isEqualTo("ready");
        assertThat(job.path("mapping")).isEqualTo(job.path("proposed_mapping"));
        assertThat(job.path("report").path("rows").asLong()).isEqualTo(2);
        assertThat(job.path("report").path("invalid_rows").asLong()).isZero();
        JsonNode first = job.path("report").path("preview").get(0);
        assertThat(first.path("date_day").asText()).isEqualTo("2026-11-03");
        assertThat(first.path("platform").asText()).isEqualTo("GOOGLE_ADS");
        assertThat(first.path("campaign_name").asText()).isEqualTo("Brand Search");
        assertThat(first.path("currency_code").asText()).isEqualTo("EUR");
        assertThat(first.path("spend").isTextual()).isTrue();
        assertThat(first.path("spend").asText()).isEqualTo("12.30");
        assertThat(first.path("impressions").asLong()).isEqualTo(1200);
        assertThat(job.path("report").path("preview").get(1).path("conversions").asText()).isEqualTo("2.5");
    }

    @Test
    void map_givenExplicitColumns_usesThemInsteadOfTheProposal() {
        String id = upload(api, "When;Label;Amount\r\n03.11.2026;Winter Sale;7.50\r\n");

        JsonNode job = json(api.put(UPLOADS + id + "/mapping/", """
                {"columns": {"date": "When", "campaign_name": "Label", "spend": "Amount"}, "currency": "EUR",
                 "date_order": "day_first", "account_id": "acct-7", "source": "agency-export"}"""));

        assertThat(job.path("status").asText()).isEqualTo("ready");
        assertThat(job.path("delimiter").asText()).isEqualTo(";");
        assertThat(job.path("mapping").path("columns").path("date").asText()).isEqualTo("When");
        assertThat(job.path("mapping").path("date_order").asText()).isEqualTo("day_first");
        JsonNode row = job.path("report").path("preview").get(0);
        assertThat(row.path("date_day").asText()).isEqualTo("2026-11-03");
        assertThat(row.path("account_id").asText()).isEqualTo("acct-7");
        assertThat(row.path("currency_code").asText()).isEqualTo("EUR");
        assertThat(row.path("spend").asText()).isEqualTo("7.50");
    }

    @Test
    void map_givenInvalidRows_reportsEachWithLineAndColumn_andCommitAnswers409() {
        String id = upload(api, EXPORT + "2026-11-05,Brand Search,lots,900,30,1\r\n");

        JsonNode job = json(api.put(UPLOADS + id + "/mapping/", "{}"));

        assertThat(job.path("status").asText()).isEqualTo("invalid");
        assertThat(job.path("report").path("valid_rows").asLong()).isEqualTo(2);
        assertThat(job.path("report").path("invalid_rows").asLong()).isEqualTo(1);
        JsonNode problem = job.path("report").path("problems").get(0);
        assertThat(problem.path("line").asLong()).isEqualTo(4);
        assertThat(problem.path("column").asText()).isEqualTo("Cost (EUR)");
        assertThat(problem.path("reason").asText()).isNotBlank();
        assertThat(job.path("report").path("problems_by_column").path("Cost (EUR)").asLong()).isEqualTo(1);
        assertThat(api.post(UPLOADS + id + "/commit/", "").statusCode()).isEqualTo(409);
    }

    @Test
    void commit_givenReadyUpload_answers200Committed_thenAgain409() {
        String id = upload(api, EXPORT);
        api.put(UPLOADS + id + "/mapping/", "{}");

        HttpResponse<String> committed = api.post(UPLOADS + id + "/commit/", "");
        HttpResponse<String> again = api.post(UPLOADS + id + "/commit/", "");

        assertThat(committed.statusCode()).isEqualTo(200);
        assertThat(json(committed).path("status").asText()).isEqualTo("committed");
        assertThat(json(committed).path("committed_at").asText()).isEqualTo("2026-11-26T10:15:30.123456Z");
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(json(again).path("type").asText()).isEqualTo("https://adtelligent.net/problems/upload-conflict");
        assertThat(api.put(UPLOADS + id + "/mapping/", "{}").statusCode()).isEqualTo(409);
    }

    @Test
    void upload_givenSameFileTwice_marksTheDuplicate_andCommittingItAgainDoesNotDoubleTheFacts() {
        String first = upload(api, EXPORT);
        api.put(UPLOADS + first + "/mapping/", "{}");
        api.post(UPLOADS + first + "/commit/", "");
        api.clock.advance(Duration.ofMinutes(5));

        String second = upload(api, EXPORT);
        JsonNode duplicate = json(api.get(UPLOADS + second + "/"));
        api.put(UPLOADS + second + "/mapping/", "{}");
        api.post(UPLOADS + second + "/commit/", "");

        assertThat(duplicate.path("duplicate_of").asText()).isEqualTo(first);
        JsonNode facts = json(api.get("/api/tenants/acme/facts/ad-performance/?start=2026-11-01&end=2026-11-30"));
        assertThat(facts.path("rows").findValuesAsText("spend")).containsExactly("12.30", "10.05");
        assertThat(facts.path("summary").path("rows").asLong()).isEqualTo(2);
    }
}
