package net.adtelligent.adapters.http;

import java.nio.ByteBuffer;
import net.adtelligent.adapters.http.web.Json;
import net.adtelligent.adapters.http.web.Problem;
import net.adtelligent.adapters.http.web.RequestIds;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty refuses some requests before Javalin sees them (a path with "%00" or a broken escape,
 * headers too large). Its default answer is an HTML page; this makes it a problem+json with an
 * X-Request-ID like every other answer, so clients and the OpenAPI document need only one error shape.
 */
final class JettyErrors extends ErrorHandler {

    private JettyErrors() {
    }

    static void install(Server server) {
        server.setErrorHandler(new JettyErrors());
    }

    @Override
    public boolean errorPageForMethod(String method) {
        return true;
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message,
                                    Throwable cause, Callback callback) {
        // Jetty's message and cause may describe its internals: the client gets a fixed text.
        String detail = code < 500
                ? "the request is not valid HTTP for this server and was refused before it reached the API"
                : "the request could not be completed; quote the X-Request-ID response header when reporting this";
        answer(request, response, Problem.http(code, detail), callback);
    }

    /**
     * A problem+json answer written by Jetty's own parts, before Javalin and its filters see the
     * request, with the headers those filters would have set.
     */
    static void answer(Request request, Response response, Problem problem, Callback callback) {
        response.setStatus(problem.status());
        response.getHeaders().put(RequestIds.HEADER, RequestIds.pick(request.getHeaders().get(RequestIds.HEADER)));
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, Json.PROBLEM_MEDIA_TYPE);
        SecurityHeaders.apply(response);
        // Jetty drops the connection after a request it could not parse, and the per-address limit
        // leaves a refused body unread; saying so keeps clients from sending their next request down
        // a connection that is about to close.
        response.getHeaders().put(HttpHeader.CONNECTION, "close");
        response.write(true, ByteBuffer.wrap(Json.bytes(problem)), callback);
    }
}
