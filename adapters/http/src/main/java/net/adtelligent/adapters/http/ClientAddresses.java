package net.adtelligent.adapters.http;

import java.util.List;
import net.adtelligent.adapters.http.web.Clients;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The outermost handler: decides once which address a request comes from ({@link TrustedProxies})
 * and leaves it on the request, where the limit of requests in progress, the sign-in throttles and
 * the audit log all read it ({@link Clients#address}), so they can never disagree.
 */
final class ClientAddresses extends Handler.Wrapper {

    private final TrustedProxies proxies;

    ClientAddresses(TrustedProxies proxies) {
        this.proxies = proxies;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        request.setAttribute(Clients.ADDRESS_ATTRIBUTE, of(request));
        return super.handle(request, response, callback);
    }

    private String of(Request request) {
        String peer = Request.getRemoteAddr(request);
        if (peer == null) {
            return "unknown";
        }
        if (proxies.isEmpty()) {
            return peer;
        }
        List<String> forwarded = request.getHeaders().getValuesList("X-Forwarded-For");
        return proxies.client(peer, forwarded);
    }

    /** The address {@link #handle} left on the request; the peer if it has none. */
    static String address(Request request) {
        Object address = request.getAttribute(Clients.ADDRESS_ATTRIBUTE);
        return address instanceof String text ? text : Request.getRemoteAddr(request);
    }
}
