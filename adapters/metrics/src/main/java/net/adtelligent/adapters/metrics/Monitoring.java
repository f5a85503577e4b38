package net.adtelligent.adapters.metrics;

import com.codahale.metrics.MetricRegistry;
import java.time.Clock;
import java.util.Objects;
import net.adtelligent.ports.out.Mailer;
import net.adtelligent.ports.out.Telemetry;

/**
 * One registry and what is built on it, for a service that does not bring its own: the core's
 * telemetry, mail sends metered, and the Prometheus text of it all. The registry stays inside, so
 * the wiring needs no metrics library of its own.
 */
public final class Monitoring {

    private final MetricRegistry registry = new MetricRegistry();
    private final DropwizardTelemetry telemetry;
    private final PrometheusText text = new PrometheusText(registry);

    public Monitoring(Clock clock) {
        this.telemetry = new DropwizardTelemetry(registry, Objects.requireNonNull(clock, "clock"));
    }

    public Telemetry telemetry() {
        return telemetry;
    }

    public Mailer metered(Mailer mailer) {
        return new MeteredMailer(mailer, registry);
    }

    public PrometheusText prometheusText() {
        return text;
    }
}
