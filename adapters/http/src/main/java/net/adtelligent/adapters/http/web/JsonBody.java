package net.adtelligent.adapters.http.web;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;

/**
 * Reads a request body as one JSON object, in the order that costs least: media type first (415),
 * then size (413, from Content-Length before reading and again while reading chunked bodies),
 * then syntax (400).
 */
public final class JsonBody {

    /** Bodies announced this small are read into an array of their announced size at once. */
    private static final int PRESIZED_MAX = 16 * 1024;

    private final long maxBytes;

    public JsonBody(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    public ObjectNode read(Context ctx) {
        if (!isJson(ctx.header("Content-Type"))) {
            throw unread(ctx, Problem.http(415, "send the body as " + Json.MEDIA_TYPE));
        }
        if (ctx.req().getContentLengthLong() > maxBytes) {
            throw unread(ctx, tooLarge());
        }
        JsonNode node;
        try {
            node = Json.parse(readAtMostLimit(ctx));
        } catch (JsonProcessingException malformed) {
            throw new ProblemException(Problem.malformedBody("the body is not valid JSON" + where(malformed)));
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
        if (node == null || node.isMissingNode()) {
            throw new ProblemException(Problem.malformedBody("the body is empty; send a JSON object"));
        }
        if (!node.isObject()) {
            throw new ProblemException(Problem.malformedBody("the body must be a JSON object"));
        }
        return (ObjectNode) node;
    }

    /**
     * The body's bytes exactly as sent, after the same media type (415) and size (413) checks: for
     * a caller that signs or parses the bytes itself (Airbyte's webhook).
     */
    public byte[] readBytes(Context ctx) {
        if (!isJson(ctx.header("Content-Type"))) {
            throw unread(ctx, Problem.http(415, "send the body as " + Json.MEDIA_TYPE));
        }
        if (ctx.req().getContentLengthLong() > maxBytes) {
            throw unread(ctx, tooLarge());
        }
        try {
            return readAtMostLimit(ctx);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    private static boolean isJson(String contentType) {
        String mediaType = contentType == null ? "" : contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return mediaType.equals(Json.MEDIA_TYPE);
    }

    /**
     * Refuses a body without reading (the rest of) it. Jetty must then drain or drop the connection;
     * dropping it is cheaper than reading a body already refused, and the header tells the client
     * not to send its next request down it.
     */
    private static ProblemException unread(Context ctx, Problem problem) {
        ctx.header("Connection", "close");
        return new ProblemException(problem);
    }

    private byte[] readAtMostLimit(Context ctx) throws IOException {
        InputStream in = ctx.req().getInputStream();
        long announced = ctx.req().getContentLengthLong();
        if (announced >= 0 && announced <= PRESIZED_MAX) {
            // Small and within the limit (checked already): read straight into one array of its size
            // (readNBytes(cap) copies through 8 KB chunks). Larger bodies grow as they arrive, so a
            // client announcing a large body and sending nothing makes the server hold nothing.
            // Jetty reads no byte past the length, and a body cut short fails the read (408) first.
            byte[] bytes = new byte[(int) announced];
            int read = in.readNBytes(bytes, 0, bytes.length);
            if (read != bytes.length) {
                throw new ProblemException(Problem.malformedBody("the body is shorter than its Content-Length"));
            }
            return bytes;
        }
        // One byte past the limit is enough to know the body is too large, without buffering all of it.
        int cap = maxBytes >= Integer.MAX_VALUE - 16 ? Integer.MAX_VALUE - 16 : (int) maxBytes + 1;
        byte[] bytes = in.readNBytes(cap);
        if (bytes.length > maxBytes) {
            throw unread(ctx, tooLarge());
        }
        return bytes;
    }

    private Problem tooLarge() {
        return Problem.http(413, "the body must be at most " + maxBytes + " bytes");
    }

    private static String where(JsonProcessingException malformed) {
        JsonLocation at = malformed.getLocation();
        return at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
    }
}
