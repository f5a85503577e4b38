package net.adtelligent.adapters.http;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;

/**
 * What GET /metrics/app/ serves: the service's metrics in a scraper's text format (Prometheus text,
 * say), written by whoever keeps them. This module only guards and serves the text; bootstrap
 * brings the registry, so no metrics library is needed here.
 */
public interface MetricsEndpoint {

    /** The media type of the text, e.g. "text/plain; version=0.0.4; charset=utf-8". */
    String contentType();

    /** Writes the current metrics; called once per scrape, on the request's thread. */
    void writeTo(OutputStream out) throws IOException;

    /** A writer of the text alone, so an endpoint can be given as a lambda. */
    @FunctionalInterface
    interface Writer {
        void writeTo(OutputStream out) throws IOException;
    }

    static MetricsEndpoint of(String contentType, Writer writer) {
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(writer, "writer");
        return new MetricsEndpoint() {
            @Override
            public String contentType() {
                return contentType;
            }

            @Override
            public void writeTo(OutputStream out) throws IOException {
                writer.writeTo(out);
            }
        };
    }
}
