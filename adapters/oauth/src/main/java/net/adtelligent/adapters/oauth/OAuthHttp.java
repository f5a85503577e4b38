package net.adtelligent.adapters.oauth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Calls to one platform family, with timeouts and retries with full jitter (a random wait between
 * zero and {@code min(cap, base * 2^(n-1))}) when there is no answer, a 5xx or a 429. Answers with a
 * 4xx are the platform's own refusals, read by the flow. Only the endpoint's path is ever logged or
 * put in a message: queries carry codes and secrets.
 */
final class OAuthHttp {

    private static final Logger LOG = LoggerFactory.getLogger(OAuthHttp.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    record Answer(int status, JsonNode body) {
        boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    private final Family family;
    private final HttpClient client;
    private final OAuthSettings settings;

    OAuthHttp(Family family, HttpClient client, OAuthSettings settings) {
        this.family = family;
        this.client = client;
        this.settings = settings;
    }

    Answer get(URI uri, Map<String, String> headers) {
        return send(builder(uri, headers).GET().build());
    }

    Answer postForm(URI uri, Map<String, String> form, Map<String, String> headers) {
        return send(builder(uri, headers).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(query(form))).build());
    }

    Answer postJson(URI uri, Object body, Map<String, String> headers) {
        try {
            return send(builder(uri, headers).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body))).build());
        } catch (IOException unwritable) {
            throw new IllegalArgumentException("a request body that is not JSON", unwritable);
        }
    }

    static String query(Map<String, String> parameters) {
        return parameters.entrySet().stream()
                .map(entry -> encode(entry.getKey()) + "=" + encode(entry.getValue()))
                .collect(Collectors.joining("&"));
    }

    static URI with(String base, Map<String, String> parameters) {
        return URI.create(base + "?" + query(parameters));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private HttpRequest.Builder builder(URI uri, Map<String, String> headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(settings.requestTimeout())
                .header("Accept", "application/json");
        headers.forEach(builder::header);
        return builder;
    }

    private Answer send(HttpRequest request) {
        String path = request.uri().getPath();
        for (int attempt = 1; ; attempt++) {
            String failure;
            Exception cause = null;
            try {
                HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                int status = response.statusCode();
                if (status < 500 && status != 429) {
                    return new Answer(status, parse(path, status, response.body()));
                }
                failure = family + " " + path + " answered " + status;
            } catch (IOException unreachable) {
                failure = family + " " + path + " could not be reached (" + unreachable.getClass().getSimpleName() + ")";
                cause = unreachable;
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new OAuthPlatformUnavailableException(family, family + " " + path + ": interrupted", interrupted);
            }
            if (attempt >= settings.attempts()) {
                throw new OAuthPlatformUnavailableException(family, failure + " after " + attempt + " attempts", cause);
            }
            LOG.info("{}; trying again", failure);
            pause(attempt);
        }
    }

    private JsonNode parse(String path, int status, byte[] body) {
        try {
            JsonNode node = JSON.readTree(body);
            if (node == null || !node.isObject()) {
                throw new IOException("not a JSON object");
            }
            return node;
        } catch (IOException notJson) {
            throw new OAuthPlatformUnavailableException(family, family + " " + path + " answered " + status
                    + " without the JSON object its documentation describes", notJson);
        }
    }

    private void pause(int attempt) {
        long ceiling = Math.min(settings.backoffCap().toMillis(),
                settings.backoffBase().toMillis() << Math.min(attempt - 1, 20));
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(ceiling + 1));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new OAuthPlatformUnavailableException(family, family + ": interrupted while waiting to retry",
                    interrupted);
        }
    }
}
