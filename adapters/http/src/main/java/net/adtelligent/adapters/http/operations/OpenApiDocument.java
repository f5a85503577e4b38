package net.adtelligent.adapters.http.operations;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Collection;
import java.util.Currency;
import java.util.TreeSet;
import net.adtelligent.adapters.http.web.Json;
import net.adtelligent.domain.fact.Platform;

/**
 * The OpenAPI document: written by hand in openapi.json beside this class, completed with the
 * currency codes and time zone ids the domain accepts. Those two lists come from the JVM the
 * domain runs on (tz data is updated with it), so a fixed copy in the file would drift from it;
 * the platforms come from the domain's {@link Platform}, the one list of them.
 */
public final class OpenApiDocument {

    static final String RESOURCE = "openapi.json";

    private OpenApiDocument() {
    }

    public static byte[] load() {
        ObjectNode document = read();
        ObjectNode schemas = (ObjectNode) document.path("components").path("schemas");
        enumerate(schemas, "CurrencyCode",
                Currency.getAvailableCurrencies().stream().map(Currency::getCurrencyCode).toList());
        enumerate(schemas, "TimeZoneId", ZoneId.getAvailableZoneIds());
        enumerate(schemas, "Platform", Arrays.stream(Platform.values()).map(Platform::name).toList());
        return Json.bytes(document);
    }

    /** The hand-written file alone, for tests (of every package of the adapter) that compare it with what Javalin serves. */
    public static ObjectNode read() {
        try (InputStream in = OpenApiDocument.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing classpath resource " + RESOURCE);
            }
            return (ObjectNode) Json.mapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    private static void enumerate(ObjectNode schemas, String name, Collection<String> values) {
        if (!(schemas.get(name) instanceof ObjectNode schema)) {
            throw new IllegalStateException(RESOURCE + " has no schema " + name);
        }
        ArrayNode allowed = schema.putArray("enum");
        new TreeSet<>(values).forEach(allowed::add);
    }
}
