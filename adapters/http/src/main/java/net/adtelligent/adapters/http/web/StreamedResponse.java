package net.adtelligent.adapters.http.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.slf4j.Logger;

/**
 * Ends a response that was being written while its content was still read (a CSV export, a long
 * list of facts) and failed on the way. While everything is still buffered the failure becomes the
 * usual problem response; once some was sent it cannot, so the connection is aborted: the client
 * sees a broken download, never a short one that looks complete.
 */
public final class StreamedResponse {

    private StreamedResponse() {
    }

    public static void fail(Context ctx, Exception failure, Logger log, String what) {
        if (!ctx.res().isCommitted()) {
            ctx.res().resetBuffer();
            ctx.res().setHeader("Content-Disposition", null);
            ctx.res().setContentType(null);
            throw failure instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) failure;
        }
        log.error("{} cut short after sending part of it", what, failure);
        ServletContextRequest.getServletContextRequest(ctx.req()).getServletChannel().abort(failure);
    }
}
