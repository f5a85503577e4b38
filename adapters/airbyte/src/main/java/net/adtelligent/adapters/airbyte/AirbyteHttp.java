package net.adtelligent.adapters.airbyte;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import net.adtelligent.ports.out.AirbyteRejectedException;

/**
 * One attempt at one call: a bearer token, the call timeout, and the answer sorted into what the
 * resilience around it needs: a body (empty for a 404 the caller expects), a failure worth another
 * attempt, or a refusal that will not change. A 401 drops the token and tries once more with a new one.
 */
final class AirbyteHttp {

    private static final int MAX_MESSAGE = 300;
    /** Airbyte's tokens last about three minutes; assumed when an answer does not say. */
    private static final long DEFAULT_LIFETIME_SECONDS = 180;

    private final URI apiUrl;
    private final HttpClient client;
    private final ObjectMapper json;
    private final BearerTokens tokens;
    private final Duration callTimeout;
    private final Duration maxRetryAfter;

    AirbyteHttp(URI apiUrl, AirbyteCredentials credentials, HttpClient client, ObjectMapper json, ResiliencePolicy policy,
                Clock clock) {
        this.apiUrl = apiUrl;
        this.client = client;
        this.json = json;
        this.callTimeout = policy.callTimeout();
        this.maxRetryAfter = policy.maxRetryAfter();
        this.tokens = credentials instanceof AirbyteCredentials.ClientCredentials application
                ? BearerTokens.issuedBy(() -> issue(application), clock)
                : BearerTokens.fixed(((AirbyteCredentials.StaticToken) credentials).token());
    }

    /** POST /applications/token: the client credentials for a bearer token and its lifetime in seconds. */
    private BearerTokens.Issued issue(AirbyteCredentials.ClientCredentials application) {
        JsonNode answer = anonymous(ApiRequest.post("token request", "/applications/token", json.createObjectNode()
                .put("client_id", application.clientId())
                .put("client_secret", application.clientSecret())
                .put("grant-type", "client_credentials")));
        JsonNode token = answer.path("access_token");
        if (!token.isTextual() || token.asText().isBlank()) {
            throw AirbyteUnavailableException.lasting("Airbyte's token answer has no access_token", null);
        }
        long seconds = answer.path("expires_in").canConvertToLong() ? answer.path("expires_in").asLong() : DEFAULT_LIFETIME_SECONDS;
        return new BearerTokens.Issued(token.asText(), Duration.ofSeconds(Math.max(seconds, 0)));
    }

    /** The body of a 2xx ({@link NullNode} when there is none); empty for a 404 when {@code absentIsEmpty}. */
    Optional<JsonNode> attempt(ApiRequest request, boolean absentIsEmpty) {
        String token = tokens.current();
        HttpResponse<String> response = send(request, Optional.of(token));
        if (response.statusCode() == 401 && tokens.refused(token)) {
            response = send(request, Optional.of(tokens.current()));
        }
        int status = response.statusCode();
        if (status == 404 && absentIsEmpty) {
            return Optional.empty();
        }
        failIfNotOk(request, response);
        return Optional.of(status == 204 || response.body().isBlank() ? NullNode.getInstance() : parse(request, response.body()));
    }

    /** An exchange without a bearer token: the token request itself. */
    JsonNode anonymous(ApiRequest request) {
        HttpResponse<String> response = send(request, Optional.empty());
        failIfNotOk(request, response);
        return parse(request, response.body());
    }

    private HttpResponse<String> send(ApiRequest request, Optional<String> token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(apiUrl.resolve(apiUrl.getPath() + request.path()))
                .timeout(callTimeout)
                .header("Accept", "application/json")
                .method(request.method(), request.body()
                        .map(body -> HttpRequest.BodyPublishers.ofString(body.toString()))
                        .orElse(HttpRequest.BodyPublishers.noBody()));
        request.body().ifPresent(body -> builder.header("Content-Type", "application/json"));
        token.ifPresent(value -> builder.header("Authorization", "Bearer " + value));
        try {
            return client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
        } catch (HttpConnectTimeoutException | ConnectException notConnected) {
            throw AirbyteUnavailableException.transientFailure(
                    "Airbyte could not be reached for " + request.operation(), notConnected, Optional.empty());
        } catch (HttpTimeoutException slow) {
            throw unsure(request, "Airbyte did not answer " + request.operation() + " within " + callTimeout.toMillis() + " ms", slow);
        } catch (IOException broken) {
            throw unsure(request, "the connection to Airbyte failed during " + request.operation(), broken);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw AirbyteUnavailableException.lasting("interrupted while waiting for Airbyte (" + request.operation() + ")", interrupted);
        }
    }

    private void failIfNotOk(ApiRequest request, HttpResponse<String> response) {
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            return;
        }
        String said = "Airbyte answered " + status + " to " + request.operation() + explanation(response.body());
        if (status == 429 || status == 408 || status >= 500) {
            Optional<Duration> retryAfter = RetryAfter.parse(response.headers().firstValue("Retry-After"));
            if (retryAfter.isPresent() && retryAfter.get().compareTo(maxRetryAfter) > 0) {
                throw AirbyteUnavailableException.lasting(said + " and asked to wait " + retryAfter.get().toSeconds() + " s", null);
            }
            boolean surelyNotDone = status == 429 || status == 503;
            if (request.idempotent() || surelyNotDone) {
                throw AirbyteUnavailableException.transientFailure(said, null, retryAfter);
            }
            throw AirbyteUnavailableException.lasting(said + " (not sent again: it may have been done)", null);
        }
        throw new AirbyteRejectedException(status, said);
    }

    private AirbyteUnavailableException unsure(ApiRequest request, String message, IOException cause) {
        return request.idempotent()
                ? AirbyteUnavailableException.transientFailure(message, cause, Optional.empty())
                : AirbyteUnavailableException.lasting(message + " (not sent again: it may have been done)", cause);
    }

    private JsonNode parse(ApiRequest request, String body) {
        try {
            return json.readTree(body);
        } catch (JsonProcessingException malformed) {
            throw AirbyteUnavailableException.lasting("Airbyte answered " + request.operation() + " with a body that is not JSON",
                    malformed);
        }
    }

    /** Airbyte's problem answers say what is wrong in "detail" (or "message", "title"); the text is cut short. */
    private String explanation(String body) {
        String text = "";
        try {
            JsonNode problem = json.readTree(body);
            for (String field : new String[] {"detail", "message", "title"}) {
                if (problem != null && problem.path(field).isTextual() && !problem.path(field).asText().isBlank()) {
                    text = problem.path(field).asText();
                    break;
                }
            }
        } catch (JsonProcessingException notJson) {
            text = "";
        }
        text = text.replaceAll("\\s+", " ").strip();
        if (text.length() > MAX_MESSAGE) {
            text = text.substring(0, MAX_MESSAGE) + "…";
        }
        return text.isEmpty() ? "" : ": " + text;
    }
}
