package net.adtelligent.adapters.http.web;

import io.javalin.http.Context;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.slf4j.MDC;

/**
 * Gives every request an id that ends up in the response header and in every log line written
 * while serving it. A caller's id is kept when it is harmless to echo into headers and logs.
 */
public final class RequestIds {

    public static final String HEADER = "X-Request-ID";
    static final String CORRELATION_ID = "correlation_id";
    static final String TENANT_ID = "tenant_id";

    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._-]{1,128}");

    private RequestIds() {
    }

    /** A before-filter: runs for every request, matched or not. */
    public static void assign(Context ctx) {
        String id = pick(ctx.header(HEADER));
        ctx.header(HEADER, id);
        ctx.attribute(HEADER, id);
        // Jetty reuses threads: start from a clean slate in case an earlier request left keys behind.
        MDC.remove(TENANT_ID);
        MDC.put(CORRELATION_ID, id);
    }

    /** The id assigned to this request, for the audit log's correlation id. */
    static String of(Context ctx) {
        String id = ctx.attribute(HEADER);
        return id == null ? "unknown" : id;
    }

    /**
     * The caller's id when it is sane, a new random (version 4) UUID otherwise. An id only has to
     * be unique, not unguessable: drawn from the thread's own generator, not the shared
     * {@code SecureRandom} of {@link UUID#randomUUID()}, whose lock every request would queue on.
     */
    public static String pick(String given) {
        return given != null && SANE.matcher(given).matches() ? given : randomUuid().toString();
    }

    private static UUID randomUuid() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low);
    }

    /** Called by a tenant route once it knows which tenant the request is about. */
    public static void tenant(Object tenantId) {
        MDC.put(TENANT_ID, tenantId.toString());
    }

    public static void clear() {
        MDC.remove(CORRELATION_ID);
        MDC.remove(TENANT_ID);
    }
}
