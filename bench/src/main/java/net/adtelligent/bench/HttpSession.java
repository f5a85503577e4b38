package net.adtelligent.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/**
 * A signed-in client of the running service, as a user's first steps are: log in for an access
 * token, then read a resource once, so the load that follows asks for a body whose size is known.
 */
public final class HttpSession {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private final String base;
    private final String accessToken;

    private HttpSession(String base, String accessToken) {
        this.base = base;
        this.accessToken = accessToken;
    }

    /** What one GET answered: the exact bytes and their media type. */
    public record Answer(byte[] body, String contentType) {
    }

    /** POST /api/auth/login/ on {@code base} (http://host:port); the answer's "access" is the bearer token. */
    public static HttpSession logIn(String base, String email, String password) {
        HttpSession anonymous = new HttpSession(base, "");
        try {
            String body = JSON.writeValueAsString(Map.of("email", email, "password", password));
            HttpResponse<byte[]> response = anonymous.send(HttpRequest.newBuilder(URI.create(base + "/api/auth/login/"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)));
            JsonNode access = JSON.readTree(response.body()).path("access");
            if (response.statusCode() != 200 || !access.isTextual()) {
                throw new IllegalStateException("login answered " + response.statusCode() + ": " + new String(response.body()));
            }
            return new HttpSession(base, access.asText());
        } catch (IOException e) {
            throw new IllegalStateException("cannot log in at " + base + ": " + e.getMessage(), e);
        }
    }

    /** The value of the Authorization header every request of this session sends. */
    public String authorization() {
        return "Bearer " + accessToken;
    }

    /** GET {@code path}, which must answer 200. */
    public Answer get(String path) {
        try {
            HttpResponse<byte[]> response = send(HttpRequest.newBuilder(URI.create(base + path))
                    .header("Authorization", authorization()).GET());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("GET " + path + " answered " + response.statusCode() + ": "
                        + new String(response.body()));
            }
            return new Answer(response.body(), response.headers().firstValue("Content-Type").orElse("application/json"));
        } catch (IOException e) {
            throw new IllegalStateException("cannot GET " + path + ": " + e.getMessage(), e);
        }
    }

    private HttpResponse<byte[]> send(HttpRequest.Builder request) throws IOException {
        try {
            return client.send(request.timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }
}
