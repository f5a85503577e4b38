package net.adtelligent.adapters.metrics;

import com.codahale.metrics.MetricRegistry;
import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.IOException;
import java.io.OutputStream;

/**
 * A Dropwizard registry in the Prometheus text exposition format 0.0.4, which every Prometheus
 * server and agent scrapes. The HTTP adapter serves {@link #writeTo} with {@link #CONTENT_TYPE}; it
 * is built once and reads the registry afresh on every call.
 */
public final class PrometheusText {

    /** text/plain; version=0.0.4; charset=utf-8 */
    public static final String CONTENT_TYPE = PrometheusTextFormatWriter.CONTENT_TYPE;

    // Its own Prometheus registry, not the library's static default: two services in one JVM
    // (or two tests) must not see each other's metrics.
    private final PrometheusRegistry prometheus = new PrometheusRegistry();
    private final PrometheusTextFormatWriter writer = PrometheusTextFormatWriter.builder()
            .setIncludeCreatedTimestamps(false)
            .build();

    public PrometheusText(MetricRegistry registry) {
        prometheus.register(new LabelledDropwizardExports(registry));
    }

    /** Writes every metric of the registry; the stream is left open for the caller to close. */
    public void writeTo(OutputStream out) throws IOException {
        writer.write(out, prometheus.scrape());
    }

    public String contentType() {
        return CONTENT_TYPE;
    }
}
