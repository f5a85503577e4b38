package net.adtelligent.adapters.http.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.List;
import net.adtelligent.adapters.http.TestApi;
import net.adtelligent.domain.fact.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Snapshot answers are written once and served again: the same question gets the same bytes and
 * ETag until a new snapshot says otherwise, and a tenant only ever gets bodies of its own data,
 * even for the very same query string as another tenant's.
 */
class CombinedBodiesRouteTest {

    private static final String QUERY = "/metrics/combined/?start=2026-11-01&end=2026-11-25";

    private final TestApi api = TestApi.start();
    private final MetricsFacts acme = new MetricsFacts(api, "acme");

    @AfterEach
    void stop() {
        api.close();
    }

    private static BigDecimal spend(HttpResponse<String> response) {
        return new BigDecimal(TestApi.json(response).path("totals").path("spend").asText());
    }

    @Test
    void combined_givenTheSameQueryTwice_answersIdenticalBytesAndETag_untilANewSnapshot() {
        acme.november();
        api.core.scheduledSnapshots().generate(acme.tenant);

        HttpResponse<String> first = api.get("/api/tenants/acme" + QUERY);
        HttpResponse<String> second = api.get("/api/tenants/acme" + QUERY);
        acme.ingest(List.of(acme.ad(MetricsFacts.META, Platform.META_ADS, "2026-11-11", "m-1", "EUR", "7.00", 100, 1, "0", "0")));
        api.core.scheduledSnapshots().generate(acme.tenant);
        HttpResponse<String> renewed = api.get("/api/tenants/acme" + QUERY);

        assertThat(second.body()).isEqualTo(first.body());
        assertThat(TestApi.header(second, "ETag")).isEqualTo(TestApi.header(first, "ETag"));
        assertThat(TestApi.contentType(second)).isEqualTo("application/json");
        assertThat(renewed.body()).isNotEqualTo(first.body());
        assertThat(TestApi.header(renewed, "ETag")).isNotEqualTo(TestApi.header(first, "ETag"));
        assertThat(spend(renewed)).isEqualByComparingTo("40.00");
    }

    @Test
    void combined_givenTwoTenantsAskingTheSameQuery_answersEachItsOwnBody() {
        MetricsFacts beta = new MetricsFacts(api, "beta");
        acme.november();
        beta.ingest(List.of(beta.ad(MetricsFacts.META, Platform.META_ADS, "2026-11-02", "b-1", "EUR", "99.00", 10, 1, "0", "0")));
        api.core.scheduledSnapshots().generate(acme.tenant);
        api.core.scheduledSnapshots().generate(beta.tenant);

        HttpResponse<String> acmeFirst = api.get("/api/tenants/acme" + QUERY);
        HttpResponse<String> betaFirst = api.get("/api/tenants/beta" + QUERY);
        HttpResponse<String> betaAgain = api.get("/api/tenants/beta" + QUERY);
        HttpResponse<String> acmeAgain = api.get("/api/tenants/acme" + QUERY);

        assertThat(spend(acmeFirst)).isEqualByComparingTo("33.00");
        assertThat(spend(betaFirst)).isEqualByComparingTo("99.00");
        assertThat(betaAgain.body()).isEqualTo(betaFirst.body());
        assertThat(acmeAgain.body()).isEqualTo(acmeFirst.body());
        assertThat(TestApi.header(betaAgain, "ETag")).isNotEqualTo(TestApi.header(acmeAgain, "ETag"));
    }
}
