package net.adtelligent.adapters.http;

import java.net.BindException;
import java.nio.channels.UnresolvedAddressException;
import java.util.Locale;

/** The HTTP service could not start; the message is one line an operator can act on. */
public final class HttpStartException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    HttpStartException(String message, Throwable cause) {
        super(message, cause);
    }

    static HttpStartException cannotListen(HttpSettings settings, Throwable failure) {
        return cannotListen(settings.host(), settings.port(), failure);
    }

    static HttpStartException cannotListen(String host, int port, Throwable failure) {
        return new HttpStartException("cannot listen on " + host + ":" + port + ": " + reason(failure), failure);
    }

    /** Javalin wraps the socket error in its own advice text; the socket's own words are the clearest. */
    private static String reason(Throwable failure) {
        Throwable root = failure;
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof BindException && t.getMessage() != null) {
                return t.getMessage().toLowerCase(Locale.ROOT);
            }
            if (t instanceof UnresolvedAddressException) {
                return "the host name does not resolve";
            }
            root = t;
        }
        String message = root.getMessage();
        return message == null || message.isBlank() ? root.getClass().getSimpleName() : message;
    }
}
