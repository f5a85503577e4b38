package net.adtelligent.adapters.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import com.codahale.metrics.Gauge;
import com.codahale.metrics.MetricRegistry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import net.adtelligent.domain.identity.Email;
import net.adtelligent.domain.tenant.TenantId;
import net.adtelligent.ports.out.Mail;
import net.adtelligent.testing.MutableClock;
import net.adtelligent.testing.RecordingMailer;
import org.junit.jupiter.api.Test;

/** The text a scraper reads: every line in the 0.0.4 format, names and label values exact. */
class PrometheusTextTest {

    private final MetricRegistry registry = new MetricRegistry();
    private final DropwizardTelemetry telemetry = new DropwizardTelemetry(registry, new MutableClock());

    @Test
    void writeTo_givenEveryMetricRecorded_writesTextFormatWithHelpAndTypeForEachFamily() throws IOException {
        TenantId tenant = TenantId.random();
        telemetry.snapshotGenerated(tenant, Duration.ofSeconds(3), Instant.parse("2026-11-26T07:00:00Z"));
        telemetry.snapshotFailed(tenant, 1);
        telemetry.snapshotAge(TenantId.random(), Duration.ofHours(1));
        telemetry.alertRaised("snapshot_failed");
        telemetry.httpRequest("GET", "/api/health/", 200, Duration.ofMillis(5));
        new MeteredMailer(new RecordingMailer(), registry).send(new Mail(new Email("ana@example.com"), "Hi", "Hello"));
        telemetry.outsideCall("airbyte", "start sync", "ok", Duration.ofMillis(80));
        telemetry.outsideCallRetried("airbyte");
        telemetry.circuitBreakerState("airbyte", "closed");
        telemetry.webhookDelivery("signalled");

        Exposition text = Exposition.parse(scrape());

        assertThat(text.types()).containsOnly(
                Map.entry("adtelligent_snapshot_duration_seconds", "summary"),
                Map.entry("adtelligent_snapshot_failures_total", "counter"),
                Map.entry("adtelligent_snapshot_age_seconds", "gauge"),
                Map.entry("adtelligent_alerts_total", "counter"),
                Map.entry("adtelligent_http_request_duration_seconds", "summary"),
                Map.entry("adtelligent_http_responses_total", "counter"),
                Map.entry("adtelligent_mail_send_duration_seconds", "summary"),
                Map.entry("adtelligent_mail_failures_total", "counter"),
                Map.entry("adtelligent_outside_call_duration_seconds", "summary"),
                Map.entry("adtelligent_outside_call_retries_total", "counter"),
                Map.entry("adtelligent_circuit_breaker_state", "gauge"),
                Map.entry("adtelligent_webhook_deliveries_total", "counter"));
        assertThat(text.helps()).hasSize(MetricFamily.values().length)
                .containsEntry("adtelligent_alerts_total", MetricFamily.ALERTS.help());
        assertThat(text.samples()).flatExtracting(sample -> sample.labels().keySet())
                .isSubsetOf("quantile", "tenant_id", "kind", "method", "route", "status_class", "component", "operation",
                        "outcome", "state");
    }

    @Test
    void writeTo_givenLabelValuesWithDotsQuotesBackslashesAndLineFeeds_keepsThemExact() throws IOException {
        telemetry.httpRequest("GET", "/openapi.json", 200, Duration.ofMillis(5));
        telemetry.alertRaised("odd \"kind\" \\ with\nlines");

        Exposition text = Exposition.parse(scrape());

        assertThat(text.value("adtelligent_http_request_duration_seconds_count",
                Map.of("method", "GET", "route", "/openapi.json"))).isEqualTo(1);
        assertThat(text.value("adtelligent_alerts_total", Map.of("kind", "odd \"kind\" \\ with\nlines"))).isEqualTo(1);
    }

    @Test
    void writeTo_givenAnEmbeddersOwnDropwizardMetric_writesItUnderItsSanitisedName() throws IOException {
        registry.register("jvm.memory.heap-used", (Gauge<Long>) () -> 42L);

        Exposition text = Exposition.parse(scrape());

        assertThat(text.types()).containsEntry("jvm_memory_heap_used", "gauge");
        assertThat(text.value("jvm_memory_heap_used")).isEqualTo(42);
    }

    @Test
    void writeTo_givenEmptyRegistry_writesNothing() throws IOException {
        assertThat(scrape()).isEmpty();
    }

    @Test
    void contentType_isTheTextFormatVersion004InUtf8() {
        assertThat(new PrometheusText(registry).contentType()).isEqualTo("text/plain; version=0.0.4; charset=utf-8");
    }

    private String scrape() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PrometheusText(registry).writeTo(out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
