package net.adtelligent.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/**
 * A signed-in client of one instance. Every request has a timeout, {@link #HANG}: a request not
 * answered by then is recorded as a hang, never waited for longer.
 */
final class Api {

    static final Duration HANG = Duration.ofSeconds(30);
    static final ObjectMapper JSON = new ObjectMapper();

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private final ServiceProcess instance;
    private final String token;

    private Api(ServiceProcess instance, String token) {
        this.instance = instance;
        this.token = token;
    }

    /** The access token is valid on every instance: they share ADT_JWT_SIGNING_KEY. */
    static Api logIn(ServiceProcess instance, String email, String password) {
        Api anonymous = new Api(instance, "");
        Answer answer = anonymous.send("POST", "/api/auth/login/", "application/json",
                HttpRequest.BodyPublishers.ofString(json(Map.of("email", email, "password", password))));
        if (answer.status() != 200) {
            throw new IllegalStateException("login failed: " + answer.describe());
        }
        return new Api(instance, read(answer).path("access").asText());
    }

    Api on(ServiceProcess other) {
        return new Api(other, token);
    }

    String instanceName() {
        return instance.name();
    }

    Answer get(String path) {
        return send("GET", path, null, HttpRequest.BodyPublishers.noBody());
    }

    Answer postJson(String path, Object body) {
        return send("POST", path, "application/json", HttpRequest.BodyPublishers.ofString(json(body)));
    }

    Answer putJson(String path, Object body) {
        return send("PUT", path, "application/json", HttpRequest.BodyPublishers.ofString(json(body)));
    }

    Answer send(String method, String path, String contentType, HttpRequest.BodyPublisher body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(instance.base() + path))
                .timeout(HANG)
                .method(method, body);
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (!token.isEmpty()) {
            request.header("Authorization", "Bearer " + token);
        }
        String name = method + " " + path;
        long sent = System.nanoTime();
        try {
            HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(instance.name(), name, response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""), response.body(), sent, System.nanoTime(), "");
        } catch (HttpTimeoutException timeout) {
            return new Answer(instance.name(), name, Answer.NONE, "", "", sent, System.nanoTime(), "timeout after " + HANG.toSeconds() + " s");
        } catch (IOException lost) {
            return new Answer(instance.name(), name, Answer.NONE, "", "", sent, System.nanoTime(), lost.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(instance.name(), name, Answer.NONE, "", "", sent, System.nanoTime(), "interrupted");
        }
    }

    static JsonNode read(Answer answer) {
        try {
            return JSON.readTree(answer.body());
        } catch (IOException e) {
            throw new IllegalStateException("not JSON: " + answer.describe(), e);
        }
    }

    static String json(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
