package net.adtelligent.adapters.http.web;

import io.javalin.http.Context;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Writes a body already in memory, with its Content-Length, in one call to the servlet's stream.
 * {@code ctx.result(bytes)} copies it through a new 32 KB buffer, one write per buffer, after the
 * handler returns, and without a length the response ends only when the stream closes, after the
 * access log line; with the length, the last byte ends it. The framework's compression is bypassed
 * (its stream is not used): a caller that wants gzip writes the gzip bytes and says so in
 * Content-Encoding. A client gone mid-write surfaces as Jetty's EofException, which Javalin logs at
 * debug as a client abort.
 */
public final class WholeBody {

    private WholeBody() {
    }

    public static void write(Context ctx, byte[] bytes) throws IOException {
        HttpServletResponse response = ctx.res();
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
