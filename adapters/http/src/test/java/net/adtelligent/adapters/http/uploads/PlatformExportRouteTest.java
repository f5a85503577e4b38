package net.adtelligent.adapters.http.uploads;

import static net.adtelligent.adapters.http.TestApi.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import net.adtelligent.adapters.http.TestApi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A platform's export as its reporting page writes it, through the API: the header found below
 * the preamble and said so, totals rows and the footer left out and counted, and the stored sums
 * those of the data rows alone.
 */
class PlatformExportRouteTest {

    // Microsoft Advertising's layout, invented values.
    private static final String MICROSOFT = "\"Report Name: Campaign performance\"\r\n"
            + "\"Report Time: 11/3/2026 - 11/4/2026\"\r\n"
            + "\"Time Zone: (GMT+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna\"\r\n"
            + "\r\n"
            + "\"Gregorian date\",\"Campaign name\",\"Currency code\",\"Spend\",\"Impr.\",\"Clicks\",\"Conv.\"\r\n"
            + "\"11/3/2026\",\"Brand\",\"EUR\",\"45.20\",\"1,230\",\"88\",\"4.00\"\r\n"
            + "\"11/4/2026\",\"Brand\",\"EUR\",\"41.00\",\"1,190\",\"80\",\"3.00\"\r\n"
            + "\"Total\",\"\",\"EUR\",\"86.20\",\"2,420\",\"168\",\"7.00\"\r\n"
            + "\r\n"
            + "\"©2026 Microsoft Corporation. All rights reserved. \"\r\n";
    private static final String UPLOADS = "/api/tenants/acme/uploads/";

    private final TestApi api = TestApi.start();

    PlatformExportRouteTest() {
        api.register("acme");
    }

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void commit_givenMicrosoftExportWithPreambleTotalAndFooter_storesTheDataRowsOnce() {
        HttpResponse<String> uploaded = api.upload(UPLOADS + "csv/?file_name=microsoft.csv", "text/csv",
                MICROSOFT.getBytes(StandardCharsets.UTF_8));
        JsonNode job = json(uploaded);
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
        assertThat(job.path("header_line").asLong()).isEqualTo(5);
        assertThat(job.path("header_note").asText()).isEqualTo("header on line 5, lines 1–4 skipped");
        assertThat(job.path("proposed_mapping").path("columns").path("date").asText()).isEqualTo("Gregorian date");
        assertThat(job.path("proposed_mapping").path("platform").asText()).isEqualTo("MICROSOFT_ADS");
        String id = job.path("id").asText();

        JsonNode mapped = json(api.put(UPLOADS + id + "/mapping/", "{\"date_order\":\"month_first\"}"));
        assertThat(mapped.path("status").asText()).as(mapped.toString()).isEqualTo("ready");
        assertThat(mapped.path("report").path("rows").asLong()).isEqualTo(2);
        assertThat(mapped.path("report").path("skipped_rows").path("totals row").asLong()).isEqualTo(1);
        assertThat(mapped.path("report").path("skipped_rows").path("footer").asLong()).isEqualTo(1);
        assertThat(api.post(UPLOADS + id + "/commit/", "").statusCode()).isEqualTo(200);

        JsonNode facts = json(api.get("/api/tenants/acme/facts/ad-performance/?start=2026-11-01&end=2026-11-30"));
        assertThat(facts.path("rows")).hasSize(2);
        assertThat(facts.path("rows").findValuesAsText("platform")).containsOnly("MICROSOFT_ADS");
        BigDecimal spend = facts.path("rows").findValuesAsText("spend").stream().map(BigDecimal::new)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(spend).isEqualByComparingTo("86.20");
        assertThat(facts.path("rows").findValues("impressions").stream().mapToLong(JsonNode::asLong).sum())
                .isEqualTo(2_420);
    }

    @Test
    void upload_givenUtf16TabSeparatedExport_readsItsHeaderBelowTheTitle() {
        String text = "Campaign report\r\nDay\tCampaign\tCost\tImpr.\r\n2026-11-03\tBrand\t12.30\t1200\r\n";
        ByteBuffer encoded = StandardCharsets.UTF_16LE.encode(text);
        byte[] file = new byte[2 + encoded.remaining()];
        file[0] = (byte) 0xff;
        file[1] = (byte) 0xfe;
        encoded.get(file, 2, file.length - 2);

        JsonNode job = json(api.upload(UPLOADS + "csv/?file_name=excel.csv", "text/csv", file));

        assertThat(job.path("delimiter").asText()).isEqualTo("\t");
        assertThat(job.path("header_line").asLong()).isEqualTo(2);
        assertThat(job.path("header_note").asText()).isEqualTo("header on line 2, line 1 skipped");
        assertThat(job.path("headers").toString()).isEqualTo("[\"Day\",\"Campaign\",\"Cost\",\"Impr.\"]");
    }
}
