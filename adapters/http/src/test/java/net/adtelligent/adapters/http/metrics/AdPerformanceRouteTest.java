package net.adtelligent.adapters.http.metrics;

import static net.adtelligent.adapters.http.TestApi.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import net.adtelligent.domain.connection.ConnectionId;
import net.adtelligent.domain.fact.AdPerformanceDaily;
import net.adtelligent.domain.fact.Platform;
import net.adtelligent.domain.tenant.Slug;
import net.adtelligent.domain.tenant.TenantId;
import net.adtelligent.ports.in.Actor;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.adtelligent.adapters.http.TestApi;
import net.adtelligent.adapters.http.uploads.UploadRouteTest;
import net.adtelligent.domain.fx.FxRate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A tenant's ad facts in its reporting currency (EUR here), with what could not be converted counted apart. */
class AdPerformanceRouteTest {

    private static final String NOVEMBER = "/api/tenants/acme/facts/ad-performance/?start=2026-11-01&end=2026-11-30";

    private final TestApi api = TestApi.start();

    AdPerformanceRouteTest() {
        api.register("acme");
    }

    @AfterEach
    void stop() {
        api.close();
    }

    private void commit(String csv) {
        String id = UploadRouteTest.upload(api, csv);
        assertThat(json(api.put("/api/tenants/acme/uploads/" + id + "/mapping/", "{}")).path("status").asText()).isEqualTo("ready");
        assertThat(api.post("/api/tenants/acme/uploads/" + id + "/commit/", "").statusCode()).isEqualTo(200);
    }

    private static Map<String, JsonNode> byCampaign(JsonNode rows) {
        Map<String, JsonNode> found = new HashMap<>();
        rows.forEach(row -> found.put(row.path("campaign_name").asText(), row));
        return found;
    }

    @Test
    void read_givenThreeCurrenciesAndNoGbpRate_convertsTwoAndCountsTheThirdApart() {
        api.facts.fxRates().upsert(List.of(new FxRate(LocalDate.parse("2026-11-03"), Currency.getInstance("USD"),
                Currency.getInstance("EUR"), new BigDecimal("0.92"), "ECB")));
        commit("""
                Day,Campaign,Currency,Cost,Conv. value\r
                2026-11-03,Brand EUR,EUR,10.00,50.00\r
                2026-11-04,Brand USD,USD,21.70,100.00\r
                """);
        // A CSV row no rate converts is refused at its check; a synced one is kept and counted apart.
        TenantId tenant = new TenantId(UUID.fromString(json(api.get("/api/tenants/acme/")).path("id").asText()));
        api.core.ingestFacts().ingest(Actor.system("test"), new Slug("acme"), List.of(AdPerformanceDaily.builder()
                .tenantId(tenant).connectionId(ConnectionId.random()).platform(Platform.LINKEDIN_ADS)
                .dateDay(LocalDate.parse("2026-11-05")).accountId("508877").campaignId("Brand GBP")
                .campaignName("Brand GBP").currencyCode(Currency.getInstance("GBP"))
                .spend(new BigDecimal("12.30")).impressions(0).clicks(0).conversions(BigDecimal.ZERO)
                .conversionsValue(new BigDecimal("40.00")).sourceExtractedAt(Instant.parse("2026-11-06T00:00:00Z"))
                .build())).get();

        HttpResponse<String> response = api.get(NOVEMBER);

        JsonNode body = json(response);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(body.path("reporting_currency").asText()).isEqualTo("EUR");
        Map<String, JsonNode> rows = byCampaign(body.path("rows"));
        assertThat(rows.get("Brand EUR").path("spend_reporting").asText()).isEqualTo("10.00");
        assertThat(rows.get("Brand USD").path("spend").asText()).isEqualTo("21.70");
        assertThat(rows.get("Brand USD").path("currency_code").asText()).isEqualTo("USD");
        assertThat(rows.get("Brand USD").path("spend_reporting").asText()).isEqualTo("19.9640");
        assertThat(rows.get("Brand USD").path("conversions_value_reporting").asText()).isEqualTo("92.0000");
        assertThat(rows.get("Brand USD").path("not_convertible").isNull()).isTrue();
        JsonNode gbp = rows.get("Brand GBP");
        assertThat(gbp.path("spend_reporting").isNull()).isTrue();
        assertThat(gbp.path("conversions_value_reporting").isNull()).isTrue();
        assertThat(gbp.path("not_convertible").asText()).contains("GBP", "EUR", "2026-11-05");
        JsonNode summary = body.path("summary");
        assertThat(summary.path("rows").asLong()).isEqualTo(3);
        assertThat(summary.path("not_convertible").asLong()).isEqualTo(1);
        assertThat(summary.path("unconverted_spend").toString()).isEqualTo("{\"GBP\":\"12.30\"}");
    }

    @Test
    void read_givenMoreRowsThanFitABuffer_streamsThemAllAndTheSummaryLast() {
        StringBuilder csv = new StringBuilder("Day,Campaign,Cost (EUR)\r\n");
        for (int i = 0; i < 1_000; i++) {
            csv.append("2026-11-0").append(1 + i % 9).append(",Campaign ").append(i).append(",1.25\r\n");
        }
        commit(csv.toString());

        HttpResponse<String> response = api.get(NOVEMBER);

        assertThat(response.statusCode()).isEqualTo(200);
        // No length up front: the rows went out while they were read, not after all of them were.
        assertThat(TestApi.header(response, "Content-Length")).isNull();
        assertThat(TestApi.contentType(response)).isEqualTo("application/json");
        assertThat(json(response).path("rows")).hasSize(1_000);
        assertThat(json(response).path("summary").path("rows").asLong()).isEqualTo(1_000);
        assertThat(response.body()).endsWith("\"summary\":{\"rows\":1000,\"not_convertible\":0,\"unconverted_spend\":{}}}");
    }

    @Test
    void read_givenBadOrMissingDays_answers400NamingEach_beforeAnyRow() {
        commit(UploadRouteTest.EXPORT);

        HttpResponse<String> missing = api.get("/api/tenants/acme/facts/ad-performance/");
        HttpResponse<String> reversed = api.get("/api/tenants/acme/facts/ad-performance/?start=2026-11-30&end=2026-11-01");
        HttpResponse<String> tooLong = api.get("/api/tenants/acme/facts/ad-performance/?start=2025-01-01&end=2026-11-01");

        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(TestApi.contentType(missing)).isEqualTo("application/problem+json");
        assertThat(json(missing).path("errors").findValuesAsText("field")).containsExactly("start", "end");
        assertThat(json(reversed).path("errors").findValuesAsText("field")).containsExactly("end");
        assertThat(tooLong.statusCode()).isEqualTo(400);
    }

    @Test
    void read_givenDaysPastAnyPlausibleYear_answers400NamingEachWithTheRange() {
        HttpResponse<String> far = api.get("/api/tenants/acme/facts/ad-performance/?start=%2B5874898-01-01&end=%2B5874898-01-01");
        HttpResponse<String> early = api.get("/api/tenants/acme/facts/ad-performance/?start=1899-12-31&end=2026-11-01");

        assertThat(far.statusCode()).as(far.body()).isEqualTo(400);
        assertThat(json(far).path("errors").findValuesAsText("field")).containsExactly("start", "end");
        assertThat(json(far).path("errors").findValuesAsText("reason")).containsOnly("has a year outside 1900–9999");
        assertThat(json(early).path("errors").findValuesAsText("field")).containsExactly("start");
    }

    @Test
    void read_givenAnotherTenantOfTheSameOwner_answersNoneOfAcmesRows() {
        commit(UploadRouteTest.EXPORT);
        api.register("other");

        JsonNode other = json(api.get("/api/tenants/other/facts/ad-performance/?start=2026-11-01&end=2026-11-30"));

        assertThat(other.path("rows")).isEmpty();
        assertThat(other.path("summary").path("rows").asLong()).isZero();
        assertThat(json(api.get(NOVEMBER)).path("rows")).hasSize(2);
    }
}
