package net.adtelligent.adapters.http.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.UncheckedIOException;

/** The one JSON configuration of the API: snake_case names, ISO-8601 instants, strict parsing. */
public final class Json {

    public static final String MEDIA_TYPE = "application/json";
    public static final String PROBLEM_MEDIA_TYPE = "application/problem+json";

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            // "{} {}" and {"slug": "a", "slug": "b"} are not one clear object: refuse them as malformed.
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private Json() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** Parses a whole body as a tree; null or a missing node when the body is empty. */
    static JsonNode parse(byte[] body) throws IOException {
        return MAPPER.readTree(body);
    }

    public static void write(Context ctx, int status, Object body) {
        send(ctx, status, MEDIA_TYPE, body);
    }

    static void problem(Context ctx, Problem problem) {
        send(ctx, problem.status(), PROBLEM_MEDIA_TYPE, problem);
    }

    public static byte[] bytes(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void send(Context ctx, int status, String mediaType, Object body) {
        ctx.status(status).contentType(mediaType).result(bytes(body));
    }
}
