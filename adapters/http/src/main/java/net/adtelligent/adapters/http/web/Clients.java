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

    /**
     * The peer of the socket. Never X-Forwarded-For: any client can write that header, and a
     * throttle keyed on it is no throttle. Behind a load balancer this is the balancer's address:
     * trusting a forwarded address would need a list of trusted proxies, which this service has not.
     */
    public static String address(Context ctx) {
        String address = ctx.req().getRemoteAddr();
        return address == null ? "unknown" : address;
    }
}
