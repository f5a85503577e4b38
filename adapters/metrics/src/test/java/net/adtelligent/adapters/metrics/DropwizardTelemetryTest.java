package net.adtelligent.adapters.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.within;

import com.codahale.metrics.MetricRegistry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import net.adtelligent.domain.tenant.TenantId;
import net.adtelligent.testing.MutableClock;
import org.junit.jupiter.api.Test;

/** Each report of the core, read back from the Prometheus text a scraper would get. */
class DropwizardTelemetryTest {

    private static final TenantId ACME = new TenantId(UUID.fromString("00000000-0000-0000-0000-000000000001"));
    private static final TenantId GLOBEX = new TenantId(UUID.fromString("00000000-0000-0000-0000-000000000002"));

    private final MetricRegistry registry = new MetricRegistry();
    private final MutableClock clock = new MutableClock();
    private final DropwizardTelemetry telemetry = new DropwizardTelemetry(registry, clock);

    @Test
    void outsideCall_givenCallsRetriesAndBreakerChanges_exposesThemByComponentOperationAndState() throws IOException {
        telemetry.outsideCall("airbyte", "get job", "ok", Duration.ofMillis(200));
        telemetry.outsideCall("airbyte", "get job", "unavailable", Duration.ofSeconds(2));
        telemetry.outsideCallRetried("airbyte");
        telemetry.outsideCallRetried("airbyte");
        telemetry.circuitBreakerState("airbyte", "closed");
        telemetry.circuitBreakerState("airbyte", "open");

        Exposition text = scrape();
        assertThat(text.types()).containsEntry("adtelligent_outside_call_duration_seconds", "summary");
        assertThat(text.value("adtelligent_outside_call_duration_seconds_count",
                Map.of("component", "airbyte", "operation", "get job", "outcome", "ok"))).isEqualTo(1);
        assertThat(text.value("adtelligent_outside_call_duration_seconds_count",
                Map.of("component", "airbyte", "operation", "get job", "outcome", "unavailable"))).isEqualTo(1);
        assertThat(text.value("adtelligent_outside_call_retries_total", Map.of("component", "airbyte"))).isEqualTo(2);
        assertThat(text.value("adtelligent_circuit_breaker_state", Map.of("component", "airbyte", "state", "open"))).isEqualTo(1);
        assertThat(text.value("adtelligent_circuit_breaker_state", Map.of("component", "airbyte", "state", "closed"))).isZero();
    }

    @Test
    void webhookDelivery_givenOutcomes_countsEachAndBoundsUnknownWords() throws IOException {
        telemetry.webhookDelivery("signalled");
        telemetry.webhookDelivery("signalled");
        telemetry.webhookDelivery("not_authentic");
        telemetry.webhookDelivery("/api/airbyte/webhook/raw-path/");

        Exposition text = scrape();
        assertThat(text.types()).containsEntry("adtelligent_webhook_deliveries_total", "counter");
        assertThat(text.value("adtelligent_webhook_deliveries_total", Map.of("outcome", "signalled"))).isEqualTo(2);
        assertThat(text.value("adtelligent_webhook_deliveries_total", Map.of("outcome", "not_authentic"))).isEqualTo(1);
        assertThat(text.value("adtelligent_webhook_deliveries_total", Map.of("outcome", "other"))).isEqualTo(1);
    }

    @Test
    void snapshotGenerated_givenDuration_exposesItInSecondsInTheDurationSummary() throws IOException {
        telemetry.snapshotGenerated(ACME, Duration.ofMillis(2500), clock.instant());

        Exposition text = scrape();
        assertThat(text.types()).containsEntry("adtelligent_snapshot_duration_seconds", "summary");
        assertThat(text.value("adtelligent_snapshot_duration_seconds_count")).isEqualTo(1);
        assertThat(text.value("adtelligent_snapshot_duration_seconds", Map.of("quantile", "0.5"))).isCloseTo(2.5, within(1e-9));
    }

    @Test
    void snapshotGenerated_givenClockMovesOn_exposesAnAgeThatGrowsUntilTheNextSuccess() throws IOException {
        telemetry.snapshotGenerated(ACME, Duration.ofSeconds(1), clock.instant().minusSeconds(30));
        clock.advance(Duration.ofHours(2));

        assertThat(scrape().value("adtelligent_snapshot_age_seconds", tenant(ACME))).isEqualTo(7230);
        telemetry.snapshotGenerated(ACME, Duration.ofSeconds(1), clock.instant());
        assertThat(scrape().value("adtelligent_snapshot_age_seconds", tenant(ACME))).isZero();
    }

    @Test
    void snapshotAge_givenTwoTenants_exposesOneSeriesPerTenantUnderOneName() throws IOException {
        telemetry.snapshotAge(ACME, Duration.ofHours(27));
        telemetry.snapshotAge(GLOBEX, Duration.ofMinutes(5));

        Exposition text = scrape();
        assertThat(text.types()).containsEntry("adtelligent_snapshot_age_seconds", "gauge");
        assertThat(text.value("adtelligent_snapshot_age_seconds", tenant(ACME))).isEqualTo(27 * 3600);
        assertThat(text.value("adtelligent_snapshot_age_seconds", tenant(GLOBEX))).isEqualTo(300);
    }

    @Test
    void snapshotAge_givenOlderThanTheLastGeneration_keepsTheNewerSuccess() throws IOException {
        telemetry.snapshotGenerated(ACME, Duration.ofSeconds(1), clock.instant());
        telemetry.snapshotAge(ACME, Duration.ofHours(30));

        assertThat(scrape().value("adtelligent_snapshot_age_seconds", tenant(ACME))).isZero();
    }

    @Test
    void snapshotFailed_givenTwoFailedAttempts_countsTwoFailures() throws IOException {
        telemetry.snapshotFailed(ACME, 1);
        telemetry.snapshotFailed(GLOBEX, 3);

        Exposition text = scrape();
        assertThat(text.types()).containsEntry("adtelligent_snapshot_failures_total", "counter");
        assertThat(text.value("adtelligent_snapshot_failures_total")).isEqualTo(2);
    }

    @Test
    void alertRaised_givenTwoKinds_countsEachKindApart() throws IOException {
        telemetry.alertRaised("snapshot_stale");
        telemetry.alertRaised("snapshot_stale");
        telemetry.alertRaised("snapshot_failed");

        Exposition text = scrape();
        assertThat(text.value("adtelligent_alerts_total", Map.of("kind", "snapshot_stale"))).isEqualTo(2);
        assertThat(text.value("adtelligent_alerts_total", Map.of("kind", "snapshot_failed"))).isEqualTo(1);
    }

    @Test
    void httpRequest_givenRoutesAndStatuses_timesPerMethodAndRouteAndCountsPerStatusClass() throws IOException {
        telemetry.httpRequest("GET", "/api/tenants/{slug}/", 200, Duration.ofMillis(40));
        telemetry.httpRequest("get", "/api/tenants/{slug}/", 404, Duration.ofMillis(10));
        telemetry.httpRequest("POST", "/api/tenants/{slug}/snapshots/", 503, Duration.ofMillis(90));

        Exposition text = scrape();
        assertThat(text.types()).containsEntry("adtelligent_http_request_duration_seconds", "summary");
        assertThat(text.value("adtelligent_http_request_duration_seconds_count",
                Map.of("method", "GET", "route", "/api/tenants/{slug}/"))).isEqualTo(2);
        assertThat(text.value("adtelligent_http_request_duration_seconds_count",
                Map.of("method", "POST", "route", "/api/tenants/{slug}/snapshots/"))).isEqualTo(1);
        assertThat(text.value("adtelligent_http_responses_total", Map.of("status_class", "2xx"))).isEqualTo(1);
        assertThat(text.value("adtelligent_http_responses_total", Map.of("status_class", "4xx"))).isEqualTo(1);
        assertThat(text.value("adtelligent_http_responses_total", Map.of("status_class", "5xx"))).isEqualTo(1);
    }

    @Test
    void httpRequest_givenMoreRoutesThanTheCap_countsTheRestAsOtherAndUnknownMethodsAsOther() throws IOException {
        for (int i = 0; i < DropwizardTelemetry.MAX_ROUTES + 5; i++) {
            telemetry.httpRequest("GET", "/raw/path/" + i, 200, Duration.ofMillis(1));
        }
        telemetry.httpRequest("BREW", "/raw/path/0", 418, Duration.ofMillis(1));

        Exposition text = scrape();
        assertThat(text.samples()).filteredOn(s -> s.name().equals("adtelligent_http_request_duration_seconds_count"))
                .hasSize(DropwizardTelemetry.MAX_ROUTES + 2); // the capped routes, then "other" for GET and OTHER
        assertThat(text.value("adtelligent_http_request_duration_seconds_count",
                Map.of("method", "GET", "route", DropwizardTelemetry.OTHER_ROUTE))).isEqualTo(5);
        assertThat(text.value("adtelligent_http_request_duration_seconds_count",
                Map.of("method", "OTHER", "route", DropwizardTelemetry.OTHER_ROUTE))).isEqualTo(1);
    }

    @Test
    void snapshotFailed_givenRegistryHoldingAnotherTypeUnderTheName_doesNotThrow() {
        registry.timer(MetricFamily.SNAPSHOT_FAILURES.series());

        assertThatCode(() -> telemetry.snapshotFailed(ACME, 1)).doesNotThrowAnyException();
        assertThat(registry.getCounters()).isEmpty();
    }

    private static Map<String, String> tenant(TenantId tenant) {
        return Map.of("tenant_id", tenant.value().toString());
    }

    private Exposition scrape() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PrometheusText(registry).writeTo(out);
        return Exposition.parse(out.toString(StandardCharsets.UTF_8));
    }
}
