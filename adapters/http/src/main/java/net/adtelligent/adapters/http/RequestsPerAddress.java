package net.adtelligent.adapters.http;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import net.adtelligent.adapters.http.web.Problem;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The first handler of the server: one client address may have only so many requests in progress.
 * Beyond that it is answered 429 with Retry-After here, before a servlet, a filter or a body read
 * takes a worker thread for it, so a client trickling bodies down hundreds of connections holds at
 * most its share of the threads. The address is the client's as {@link ClientAddresses} decided it,
 * the same the throttles and the audit log see: the socket's peer, or behind a trusted proxy the
 * address it forwarded, never a forwarded header from anyone else.
 * GET and HEAD of the health routes (/api/health/, its live/ and ready/) are exempt: they carry no body to trickle, and a load balancer's
 * probe must see the service, not the quota of whichever client shares its address.
 */
final class RequestsPerAddress extends Handler.Wrapper {

    static final Set<String> HEALTH = Set.of("/api/health/", "/api/health/live/", "/api/health/ready/");
    /** Long enough for a slow body ahead of it to be ended by the idle timeout or the rate, short enough to retry. */
    static final long RETRY_AFTER_SECONDS = 1;

    private final int max;
    private final Map<String, Integer> inProgress = new ConcurrentHashMap<>();

    RequestsPerAddress(int max) {
        this.max = max;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        if (exempt(request)) {
            return super.handle(request, response, callback);
        }
        String address = ClientAddresses.address(request);
        if (!take(address)) {
            response.getHeaders().put(HttpHeader.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS));
            JettyErrors.answer(request, response, Problem.tooManyInProgress(RETRY_AFTER_SECONDS), callback);
            return true;
        }
        Release release = new Release(address, callback);
        try {
            if (super.handle(request, response, release)) {
                return true;
            }
        } catch (Throwable failure) {
            // Jetty then completes the callback it gave us, not ours: give the place back here.
            release.once();
            throw failure;
        }
        release.once();
        return false;
    }

    private static boolean exempt(Request request) {
        String method = request.getMethod();
        return ("GET".equals(method) || "HEAD".equals(method)) && HEALTH.contains(request.getHttpURI().getPath());
    }

    private boolean take(String address) {
        boolean[] taken = {false};
        inProgress.compute(address, (key, count) -> {
            int now = count == null ? 0 : count;
            if (now >= max) {
                return count;
            }
            taken[0] = true;
            return now + 1;
        });
        return taken[0];
    }

    /** The last request of an address removes its entry: the map holds only addresses with requests in progress. */
    private void give(String address) {
        inProgress.computeIfPresent(address, (key, count) -> count <= 1 ? null : count - 1);
    }

    /** Gives the address's place back when the response is complete, whichever way, exactly once. */
    private final class Release implements Callback {

        private final String address;
        private final Callback callback;
        private final AtomicBoolean done = new AtomicBoolean();

        Release(String address, Callback callback) {
            this.address = address;
            this.callback = callback;
        }

        void once() {
            if (done.compareAndSet(false, true)) {
                give(address);
            }
        }

        @Override
        public void succeeded() {
            once();
            callback.succeeded();
        }

        @Override
        public void failed(Throwable failure) {
            once();
            callback.failed(failure);
        }

        @Override
        public InvocationType getInvocationType() {
            return callback.getInvocationType();
        }
    }
}
