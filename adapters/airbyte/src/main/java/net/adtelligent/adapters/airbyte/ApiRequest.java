package net.adtelligent.adapters.airbyte;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;
import java.util.Optional;

/**
 * One call to the API: {@code operation} is the fixed name metrics and messages use, {@code path}
 * starts with a slash and is relative to the API's URL. {@code idempotent}: sending it twice does
 * no harm, so it may be sent again after a timeout or a 5xx; a create or a sync start is sent again
 * only when Airbyte surely did not act on it (429, 503, no connection).
 */
record ApiRequest(String operation, String method, String path, Optional<JsonNode> body, boolean idempotent) {

    ApiRequest {
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(body, "body");
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("path must start with /: " + path);
        }
    }

    static ApiRequest get(String operation, String path) {
        return new ApiRequest(operation, "GET", path, Optional.empty(), true);
    }

    static ApiRequest delete(String operation, String path) {
        return new ApiRequest(operation, "DELETE", path, Optional.empty(), true);
    }

    static ApiRequest patch(String operation, String path, JsonNode body) {
        return new ApiRequest(operation, "PATCH", path, Optional.of(body), true);
    }

    static ApiRequest post(String operation, String path, JsonNode body) {
        return new ApiRequest(operation, "POST", path, Optional.of(body), false);
    }
}
