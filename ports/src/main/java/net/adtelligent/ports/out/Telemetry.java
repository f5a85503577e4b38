package net.adtelligent.ports.out;

import java.time.Duration;
import java.time.Instant;
import net.adtelligent.domain.tenant.TenantId;

/**
 * What the core reports for monitoring (exposed as metrics by an adapter). Every method is cheap
 * and never throws; {@link #NONE} reports nothing, for embedders without monitoring.
 */
public interface Telemetry {

    Telemetry NONE = new Telemetry() {
    };

    default void snapshotGenerated(TenantId tenant, Duration took, Instant at) {
    }

    default void snapshotFailed(TenantId tenant, int attempt) {
    }

    /** The age of the tenant's latest snapshot, as the stale-snapshot monitor last saw it. */
    default void snapshotAge(TenantId tenant, Duration age) {
    }

    default void alertRaised(String kind) {
    }

    /** One HTTP request: {@code route} is the route's pattern (/api/tenants/{slug}/), never the raw path. */
    default void httpRequest(String method, String route, int status, Duration took) {
    }

    /**
     * One call to an outside part, retries included: {@code component} as in {@link HealthProbe}
     * ("airbyte"), {@code operation} a fixed name ("start sync"), {@code outcome} one of "ok",
     * "rejected" (refused, not retried) or "unavailable".
     */
    default void outsideCall(String component, String operation, String outcome, Duration took) {
    }

    /** A call to an outside part failed in a way worth trying again, and is being tried again. */
    default void outsideCallRetried(String component) {
    }

    /**
     * One delivery to Airbyte's webhook, by {@code outcome}: once recorded "signalled",
     * "repeated", "unknown_connection" or "signal_failed"; "not_recorded" (the database failed),
     * "backlogged" (refused: too many waiting), "not_authentic", "malformed" or "not_configured".
     * A count that stops growing while syncs run says deliveries stopped.
     */
    default void webhookDelivery(String outcome) {
    }

    /** The circuit breaker in front of an outside part is now "closed", "open" or "half_open". */
    default void circuitBreakerState(String component, String state) {
    }
}
