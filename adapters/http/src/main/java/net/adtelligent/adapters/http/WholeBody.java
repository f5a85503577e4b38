package net.adtelligent.adapters.http;

import io.javalin.http.Context;
import java.io.IOException;

/**
 * Writes a body already in memory in one call to the response stream. {@code ctx.result(bytes)}
 * copies it through a new 32 KB buffer, one write per buffer, after the handler returns; for the
 * 150 KB metrics answers that is five writes and a buffer per request. Compression still applies
 * (the stream is Javalin's, which gzips when the client asks), and a client gone mid-write surfaces
 * as Jetty's EofException, which Javalin logs at debug as a client abort.
 */
final class WholeBody {

    private WholeBody() {
    }

    static void write(Context ctx, byte[] bytes) throws IOException {
        ctx.outputStream().write(bytes);
    }
}
