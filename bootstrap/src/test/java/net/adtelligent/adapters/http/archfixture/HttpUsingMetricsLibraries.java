package net.adtelligent.adapters.http.archfixture;

import com.codahale.metrics.MetricRegistry;
import io.prometheus.metrics.model.registry.PrometheusRegistry;

/** Deliberately bad: Dropwizard metrics and the Prometheus client outside the metrics adapter. */
public final class HttpUsingMetricsLibraries {

    MetricRegistry registry;
    PrometheusRegistry prometheus;
}
