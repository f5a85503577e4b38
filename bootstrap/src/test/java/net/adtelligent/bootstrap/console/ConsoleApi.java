package net.adtelligent.bootstrap.console;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** The API as another client sees it (a bearer token), to compare with what the console shows. */
final class ConsoleApi {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient client = HttpClient.newHttpClient();
    private final ConsoleServer server;
    private final String access;

    ConsoleApi(ConsoleServer server, String email, String password) {
        this.server = server;
        this.access = send(HttpRequest.newBuilder(URI.create(server.url("/api/auth/login/")))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"email\": \"" + email + "\", \"password\": \"" + password + "\"}")))
                .path("access").asText();
    }

    JsonNode get(String path) {
        return send(HttpRequest.newBuilder(URI.create(server.url(path))).header("Authorization", "Bearer " + access).GET());
    }

    JsonNode patch(String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(server.url(path))).header("Authorization", "Bearer " + access)
                .header("Content-Type", "application/json").method("PATCH", HttpRequest.BodyPublishers.ofString(json)));
    }

    private JsonNode send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 300) {
                throw new AssertionError(request.build().uri() + " answered " + response.statusCode() + ": " + response.body());
            }
            return JSON.readTree(response.body());
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }
}
