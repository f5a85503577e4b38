package net.adtelligent.adapters.http.audit;

import static net.adtelligent.adapters.http.TestApi.header;
import static net.adtelligent.adapters.http.TestApi.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import net.adtelligent.adapters.http.TestApi;
import net.adtelligent.adapters.http.web.Json;
import net.adtelligent.domain.tenant.Slug;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** ?format=csv: a download a spreadsheet can open safely, with every matching event, across many pages. */
class AuditExportTest {

    private static final String CSV = "/api/tenants/acme/audit/?format=csv";

    private final TestApi api = TestApi.start();

    @BeforeEach
    void tenant() {
        api.register("acme");
    }

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void export_givenMoreEventsThanAPage_streamsEveryOneNewestFirstWithAHeaderRow() {
        for (int i = 1; i <= 450; i++) {
            api.clock.advance(Duration.ofSeconds(1));
            api.core.changeTenant().rename(api.actor(), new Slug("acme"), "Acme " + i).get();
        }

        HttpResponse<String> response = api.get(CSV);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(header(response, "Content-Type")).isEqualTo("text/csv; charset=utf-8");
        assertThat(header(response, "Content-Disposition")).isEqualTo("attachment; filename=\"audit-acme.csv\"");
        List<List<String>> rows = CsvReader.read(response.body());
        assertThat(rows.get(0)).containsExactly("id", "at", "actor", "action", "target_type", "target_id",
                "client_address", "user_agent", "correlation_id", "details");
        assertThat(rows).hasSize(1 + 451).allSatisfy(row -> assertThat(row).hasSize(10));
        assertThat(rows.get(1).get(9)).isEqualTo("{\"display_name\":\"Acme 450\",\"status\":\"active\"}");
        assertThat(rows.get(451).get(3)).isEqualTo("tenant.registered");
        assertThat(rows.stream().skip(1).map(row -> row.get(0)).toList()).isEqualTo(jsonIds());
    }

    @Test
    void export_givenFormulaInDisplayNameAndUserAgent_neutralisesEveryCellThatWouldRun() throws Exception {
        String formula = "=HYPERLINK(\"http://evil.example\",\"click\")";
        api.send(api.request("/api/tenants/acme/").header("Content-Type", "application/json").header("User-Agent", "@SUM(1+1)")
                .method("PATCH", BodyPublishers.ofString("{\"display_name\": " + Json.mapper().writeValueAsString(formula) + "}")));

        List<List<String>> rows = CsvReader.read(api.get(CSV + "&action=tenant.changed").body());

        List<String> changed = rows.get(1);
        assertThat(changed.get(7)).isEqualTo("'@SUM(1+1)");
        assertThat(Json.mapper().readTree(changed.get(9)).path("display_name").asText()).isEqualTo(formula);
        assertThat(rows).allSatisfy(row -> assertThat(row).allSatisfy(cell ->
                assertThat(cell).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("-").doesNotStartWith("@")));
    }

    @Test
    void export_givenFormulaAfterASemicolonInUserAgent_leavesNoFormulaStartForAnyGuessedDelimiter() {
        api.send(api.request("/api/tenants/acme/").header("Content-Type", "application/json")
                .header("User-Agent", "Mozilla/5.0 (X11;=cmd|' /C calc'!A0, -2+3)")
                .method("PATCH", BodyPublishers.ofString("{\"display_name\": \"x;@SUM(1),+1\"}")));

        String csv = api.get(CSV).body();

        assertThat(csv).contains("X11;'=cmd", ", '-2+3");
        SniffingReaders.assertNoCellStartsAFormula(csv);
    }

    @Test
    void export_givenFilterAndCursor_exportsOnlyWhatFollowsIt() {
        for (int i = 1; i <= 5; i++) {
            api.clock.advance(Duration.ofSeconds(1));
            api.core.changeTenant().rename(api.actor(), new Slug("acme"), "Acme " + i).get();
        }
        String cursor = json(api.get("/api/tenants/acme/audit/?action=tenant.changed&limit=2")).path("next_cursor").asText();

        List<List<String>> rows = CsvReader.read(api.get(CSV + "&action=tenant.changed&cursor=" + cursor).body());

        assertThat(rows).hasSize(1 + 3);
    }

    @Test
    void export_givenBadFilter_answers400ProblemNotCsv() {
        HttpResponse<String> response = api.get(CSV + "&to=tomorrow");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(TestApi.contentType(response)).isEqualTo("application/problem+json");
    }

    private List<String> jsonIds() {
        List<String> ids = new ArrayList<>();
        String cursor = "";
        do {
            JsonNode page = json(api.get("/api/tenants/acme/audit/?limit=200&cursor=" + cursor));
            page.path("items").forEach(item -> ids.add(item.path("id").asText()));
            cursor = page.path("next_cursor").isNull() ? null : page.path("next_cursor").asText();
        } while (cursor != null);
        return ids;
    }
}
