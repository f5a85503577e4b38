package net.adtelligent.adapters.metrics;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every metric this adapter records, in one list, so names, labels and help texts cannot drift
 * between the code, the exposition and docs/runbooks/observability.md. Names follow Prometheus
 * conventions (snake case, base unit suffix, {@code _total} on counters); label names are fixed
 * here and their values are bounded by whoever records them.
 */
enum MetricFamily {

    SNAPSHOT_DURATION("adtelligent_snapshot_duration_seconds",
            "Time to generate one tenant's metrics snapshot (quantiles over about the last 5 minutes)"),
    SNAPSHOT_FAILURES("adtelligent_snapshot_failures_total",
            "Snapshot generation attempts that failed, retries included"),
    SNAPSHOT_AGE("adtelligent_snapshot_age_seconds",
            "Age of the tenant's latest successful snapshot, as last seen by this instance", "tenant_id"),
    ALERTS("adtelligent_alerts_total", "Alerts raised, by kind", "kind"),
    HTTP_REQUEST_DURATION("adtelligent_http_request_duration_seconds",
            "HTTP request duration by method and route pattern (quantiles over about the last 5 minutes)",
            "method", "route"),
    HTTP_RESPONSES("adtelligent_http_responses_total", "HTTP responses by status class", "status_class"),
    MAIL_SEND_DURATION("adtelligent_mail_send_duration_seconds",
            "Time to hand one mail to the mail provider, failures included"),
    MAIL_FAILURES("adtelligent_mail_failures_total", "Mail sends that failed"),
    OUTSIDE_CALL_DURATION("adtelligent_outside_call_duration_seconds",
            "Calls to an outside part (Airbyte), retries included, by operation and outcome (ok, rejected, unavailable)",
            "component", "operation", "outcome"),
    OUTSIDE_CALL_RETRIES("adtelligent_outside_call_retries_total",
            "Attempts at a call to an outside part that failed and were tried again", "component"),
    CIRCUIT_BREAKER_STATE("adtelligent_circuit_breaker_state",
            "1 for the state the circuit breaker in front of an outside part is in (closed, open, half_open), 0 for the others",
            "component", "state"),
    WEBHOOK_DELIVERIES("adtelligent_webhook_deliveries_total",
            "Deliveries to Airbyte's webhook by outcome (signalled, repeated, unknown_connection, signal_failed, "
                    + "not_recorded, backlogged, not_authentic, malformed, not_configured)", "outcome");

    private static final Map<String, MetricFamily> BY_NAME = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(MetricFamily::familyName, Function.identity()));

    private final String familyName;
    private final String help;
    private final List<String> labelNames;

    MetricFamily(String familyName, String help, String... labelNames) {
        this.familyName = familyName;
        this.help = help;
        this.labelNames = List.of(labelNames);
    }

    String familyName() {
        return familyName;
    }

    String help() {
        return help;
    }

    /** The Dropwizard name of one series of this family: label values in the order of the label names. */
    String series(String... labelValues) {
        if (labelValues.length != labelNames.size()) {
            throw new IllegalArgumentException(familyName + " takes labels " + labelNames);
        }
        return SeriesName.of(familyName, labelNames, List.of(labelValues)).dropwizardName();
    }

    static Optional<MetricFamily> byName(String familyName) {
        return Optional.ofNullable(BY_NAME.get(familyName));
    }
}
