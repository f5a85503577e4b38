package net.adtelligent.ports.in;

import io.vavr.control.Either;
import java.util.List;
import java.util.Objects;
import net.adtelligent.domain.Rejection;
import net.adtelligent.domain.metrics.MetricsSnapshot;
import net.adtelligent.domain.metrics.Staleness;
import net.adtelligent.domain.tenant.TenantId;

/**
 * A tenant's metrics snapshots: generated on a schedule and on demand, read latest first. The
 * window is the last {@code snapshotDays} days up to yesterday in the tenant's time zone.
 */
public interface Snapshots {

    /** Generates and stores the snapshot now (the scheduler's task; also for tools and tests). */
    MetricsSnapshot generate(TenantId tenant);

    /** Every active tenant, for the scheduler to generate one by one. */
    List<TenantId> activeTenants();

    /** Asks for a snapshot soon (202 over HTTP); needs the metrics permission. */
    Either<Rejection, TenantId> request(Actor actor, String tenantSlug);

    Either<Rejection, View> latest(Actor actor, String tenantSlug);

    /** Newest first, a short history. */
    Either<Rejection, List<View>> history(Actor actor, String tenantSlug);

    /** Looks at every active tenant's latest snapshot: reports its age and raises an alert once it is stale. */
    void checkStaleness();

    /** A snapshot with how stale it is now. */
    record View(MetricsSnapshot snapshot, Staleness staleness) {
        public View {
            Objects.requireNonNull(snapshot, "snapshot");
            Objects.requireNonNull(staleness, "staleness");
        }
    }
}
