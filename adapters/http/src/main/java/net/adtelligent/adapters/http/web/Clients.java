package net.adtelligent.adapters.http.web;

import io.javalin.http.Context;
import net.adtelligent.domain.audit.ClientInfo;

/** Where a request comes from, as the audit log and the throttles see it. */
public final class Clients {

    // Enough for any real browser; the audit log should not store whatever a client puts there.
    private static final int MAX_USER_AGENT = 512;

    private Clients() {
    }

    public static ClientInfo of(Context ctx) {
        String agent = ctx.userAgent();
        if (agent == null) {
            agent = "";
        } else if (agent.length() > MAX_USER_AGENT) {
            agent = agent.substring(0, MAX_USER_AGENT);
        }
        return new ClientInfo(address(ctx), agent, RequestIds.of(ctx));
    }

    /** Where the server's first handler leaves the client's address (see ClientAddresses). */
    public static final String ADDRESS_ATTRIBUTE = "net.adtelligent.client-address";

    /**
     * The client's address as the server's first handler decided it: the socket's peer, or, when
     * that peer is a trusted proxy (ADT_TRUSTED_PROXIES), the hop X-Forwarded-For names before the
     * proxies. Never that header from anyone else: any client can write it, and a throttle keyed
     * on it is no throttle.
     */
    public static String address(Context ctx) {
        Object decided = ctx.req().getAttribute(ADDRESS_ATTRIBUTE);
        if (decided instanceof String address) {
            return address;
        }
        String address = ctx.req().getRemoteAddr();
        return address == null ? "unknown" : address;
    }
}
