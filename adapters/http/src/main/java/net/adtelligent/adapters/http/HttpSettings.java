package net.adtelligent.adapters.http;

import java.util.Objects;

/**
 * Where the HTTP service listens and how large a request body may be.
 *
 * @param host            the address to bind, e.g. "127.0.0.1" or "0.0.0.0"
 * @param port            the port to bind; 0 picks any free port (see {@link HttpServer#port()})
 * @param maxRequestBytes bodies larger than this are refused with 413 before they are parsed
 */
public record HttpSettings(String host, int port, long maxRequestBytes) {

    public HttpSettings {
        Objects.requireNonNull(host, "host");
        if (host.isBlank()) {
            throw new IllegalArgumentException("host must not be blank");
        }
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be between 0 and 65535, was " + port);
        }
        if (maxRequestBytes < 1) {
            throw new IllegalArgumentException("maxRequestBytes must be positive, was " + maxRequestBytes);
        }
    }
}
