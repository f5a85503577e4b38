package net.adtelligent.adapters.http.web;

import io.javalin.http.Context;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.IOException;
import java.util.EnumSet;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.http.BadMessageException;

/**
 * Notes why a request body could not be read, so the failure is answered 408 with one short log line
 * wherever it surfaces (a JSON body, an upload copied by a use case, wrapped or not), rather than as
 * a 500 with a stack trace. Jetty ends a body that stops (the idle timeout) or trickles (the minimum
 * data rate) by failing the read the handler's thread is waiting in; a client may also hang up mid-body.
 * Every such failure leaves here as a {@link NotReceived}, an IOException, so code that reads streams
 * keeps its contract. Only requests that announce a body are wrapped.
 */
public final class BodyReads implements Filter {

    private static final String FAILURE = BodyReads.class.getName() + ".failure";

    /** Why a body stopped, in words fit for a log line: never a byte of the body. */
    public enum Reason {
        IDLE("no data within the idle timeout"),
        TOO_SLOW("below the minimum data rate"),
        CLOSED("the client closed the connection"),
        MALFORMED("its framing is not valid HTTP");

        private final String text;

        Reason(String text) {
            this.text = text;
        }

        @Override
        public String toString() {
            return text;
        }
    }

    /** Reading the body failed; the reason is on the request too. No stack trace: it is not a defect. */
    public static final class NotReceived extends IOException {
        private final Reason reason;

        NotReceived(Reason reason) {
            super("request body not received: " + reason);
            this.reason = reason;
        }

        @Override
        public synchronized Throwable fillInStackTrace() {
            return this;
        }

        public Reason reason() {
            return reason;
        }
    }

    /** What went wrong with the body, and how much of it had arrived. */
    public record Failure(Reason reason, long bytesRead) {
    }

    private BodyReads() {
    }

    public static void install(ServletContextHandler context) {
        context.addFilter(new FilterHolder(new BodyReads()), "/*", EnumSet.of(DispatcherType.REQUEST));
    }

    /** Why this request's body could not be read, if it could not. */
    public static Optional<Failure> failure(Context ctx) {
        return Optional.ofNullable((Failure) ctx.req().getAttribute(FAILURE));
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        boolean body = http.getContentLengthLong() > 0 || http.getHeader("Transfer-Encoding") != null;
        chain.doFilter(body ? new Watched(http) : request, response);
    }

    static Reason reason(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof TimeoutException) {
                return Reason.IDLE;
            }
            if (cause instanceof BadMessageException bad) {
                return bad.getCode() == 408 ? Reason.TOO_SLOW : Reason.MALFORMED;
            }
        }
        return Reason.CLOSED;
    }

    private static final class Watched extends HttpServletRequestWrapper {

        private Stream stream;

        Watched(HttpServletRequest request) {
            super(request);
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new Stream(this, super.getInputStream());
            }
            return stream;
        }
    }

    /** The servlet's stream; a failed read is noted on the request and rethrown as {@link NotReceived}. */
    private static final class Stream extends ServletInputStream {

        private final ServletRequest request;
        private final ServletInputStream in;
        private long bytesRead;

        Stream(ServletRequest request, ServletInputStream in) {
            this.request = request;
            this.in = in;
        }

        @Override
        public int read() throws IOException {
            try {
                int read = in.read();
                bytesRead += read < 0 ? 0 : 1;
                return read;
            } catch (IOException | RuntimeException failure) {
                throw notReceived(failure);
            }
        }

        @Override
        public int read(byte[] bytes, int offset, int length) throws IOException {
            try {
                int read = in.read(bytes, offset, length);
                bytesRead += Math.max(read, 0);
                return read;
            } catch (IOException | RuntimeException failure) {
                throw notReceived(failure);
            }
        }

        private IOException notReceived(Exception failure) {
            // Only Jetty's read failures are the client's doing; anything else is ours and stays as it is.
            if (!(failure instanceof IOException) && !(failure instanceof BadMessageException)) {
                throw (RuntimeException) failure;
            }
            if (failure instanceof NotReceived already) {
                return already;
            }
            Reason reason = reason(failure);
            request.setAttribute(FAILURE, new Failure(reason, bytesRead));
            return new NotReceived(reason);
        }

        @Override
        public int available() throws IOException {
            return in.available();
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
