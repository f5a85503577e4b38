/**
 * Monitoring behind the {@code Telemetry} port: {@link net.adtelligent.adapters.metrics.DropwizardTelemetry}
 * records what the core reports as Dropwizard metrics, {@link net.adtelligent.adapters.metrics.MeteredMailer}
 * times any {@code Mailer}, and {@link net.adtelligent.adapters.metrics.PrometheusText} renders the registry
 * as Prometheus text for {@code /metrics/app/}. The metrics and alerts are described in
 * docs/runbooks/observability.md.
 */
package net.adtelligent.adapters.metrics;
