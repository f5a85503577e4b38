package net.adtelligent.adapters.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.function.UnaryOperator;
import net.adtelligent.application.Adtelligent;
import net.adtelligent.memory.InMemoryTenantStore;
import net.adtelligent.ports.out.TenantStore;

/** A real HttpServer on a free port over an in-memory core with a fixed clock, and a client for it. */
final class TestApi implements AutoCloseable {

    static final Instant NOW = Instant.parse("2026-11-26T10:15:30.123456Z");
    static final long MAX_BODY_BYTES = 4_096;

    final HttpServer server;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private TestApi(HttpServer server) {
        this.server = server;
    }

    static TestApi start() {
        return start(new InMemoryTenantStore(), core -> core);
    }

    static TestApi start(TenantStore store, UnaryOperator<Adtelligent.Builder> more) {
        Adtelligent core = more.apply(Adtelligent.builder()
                        .tenantStore(store)
                        .clock(Clock.fixed(NOW, ZoneOffset.UTC)))
                .build();
        return new TestApi(HttpServer.start(core, new HttpSettings("127.0.0.1", 0, MAX_BODY_BYTES)));
    }

    static String draft(String slug) {
        return """
                {"slug": "%s", "display_name": "Agency %s", "reporting_currency": "EUR", "reporting_time_zone": "Europe/Berlin"}
                """.formatted(slug, slug);
    }

    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path));
    }

    HttpResponse<String> get(String path) {
        return send(request(path).GET());
    }

    HttpResponse<String> post(String path, String json) {
        return send(request(path).header("Content-Type", "application/json").POST(BodyPublishers.ofString(json)));
    }

    HttpResponse<String> patch(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .method("PATCH", BodyPublishers.ofString(json)));
    }

    HttpResponse<String> register(String slug) {
        return post("/api/tenants/", draft(slug));
    }

    HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.build(), BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static JsonNode json(HttpResponse<String> response) {
        try {
            return Json.mapper().readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + response.body(), e);
        }
    }

    static String contentType(HttpResponse<?> response) {
        return response.headers().firstValue("Content-Type").orElse("");
    }

    @Override
    public void close() {
        server.close();
    }
}
