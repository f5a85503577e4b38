package net.adtelligent.adapters.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeSet;
import java.util.regex.Pattern;

/** Reads what an OpenAPI document promises: operations, their response statuses and media types. */
public final class OpenApi {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

    private final JsonNode document;

    public OpenApi(JsonNode document) {
        this.document = document;
    }

    /** "METHOD /path" of every documented operation, mapped to its operation object. */
    public Map<String, JsonNode> operations() {
        Map<String, JsonNode> operations = new LinkedHashMap<>();
        document.path("paths").properties().forEach(path -> path.getValue().properties().forEach(op -> {
            if (METHODS.contains(op.getKey())) {
                operations.put(op.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey(), op.getValue());
            }
        }));
        return operations;
    }

    JsonNode document() {
        return document;
    }

    /**
     * Operations served without a user's access token: those that say "security: []", and those
     * behind the operator's token alone ("operatorToken", checked by their handler, not by sign-in).
     */
    Set<String> openOperations() {
        Set<String> open = new TreeSet<>();
        operations().forEach((key, operation) -> {
            JsonNode security = operation.get("security");
            boolean operatorOnly = security != null && security.size() == 1 && security.get(0).has("operatorToken");
            if (security != null && security.isArray() && (security.isEmpty() || operatorOnly)) {
                open.add(key);
            }
        });
        return open;
    }

    /** An example request body: the first documented media type and its example, as sent. */
    record ExampleBody(String mediaType, String text) {
    }

    /** The example request body of an operation, if it takes one. */
    Optional<ExampleBody> exampleBody(String operation) {
        JsonNode content = operations().get(operation).path("requestBody").path("content");
        return content.properties().stream().findFirst().map(first -> {
            JsonNode example = first.getValue().path("example");
            return new ExampleBody(first.getKey(), example.isTextual() ? example.textValue() : example.toString());
        });
    }

    /** "?name=example&…" of the operation's required query parameters; empty when it has none. */
    String exampleQuery(String operation) {
        StringJoiner query = new StringJoiner("&", "?", "").setEmptyValue("");
        operations().get(operation).path("parameters").forEach(reference -> {
            JsonNode parameter = resolve(reference);
            if (parameter.path("in").asText().equals("query") && parameter.path("required").asBoolean()) {
                query.add(parameter.path("name").asText() + "=" + parameter.path("example").asText());
            }
        });
        return query.toString();
    }

    /** The documented operation a concrete request falls under, e.g. "GET /api/tenants/acme/" to "GET /api/tenants/{slug}/". */
    Optional<String> operationOf(String method, String rawPath) {
        return operations().keySet().stream()
                .filter(key -> key.startsWith(method + " "))
                .filter(key -> templateRegex(key.substring(method.length() + 1)).matcher(rawPath).matches())
                .findFirst();
    }

    Set<String> statuses(String operation) {
        return new TreeSet<>(names(operations().get(operation).path("responses")));
    }

    JsonNode response(String operation, int status) {
        return resolve(operations().get(operation).path("responses").path(String.valueOf(status)));
    }

    JsonNode resolve(JsonNode node) {
        JsonNode ref = node.get("$ref");
        return ref == null ? node : resolve(document.at(ref.asText().substring(1)));
    }

    public JsonNode schema(String name) {
        return document.path("components").path("schemas").path(name);
    }

    private static Set<String> names(JsonNode object) {
        Set<String> names = new TreeSet<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static Pattern templateRegex(String template) {
        StringBuilder regex = new StringBuilder();
        for (String part : template.split("(?=\\{)|(?<=})")) {
            regex.append(part.startsWith("{") ? "[^/]+" : Pattern.quote(part));
        }
        return Pattern.compile(regex.toString());
    }
}
