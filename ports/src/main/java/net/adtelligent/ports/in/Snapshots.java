package net.adtelligent.ports.in;

import io.vavr.control.Either;
import java.util.List;
import java.util.Objects;
import net.adtelligent.domain.Rejection;
import net.adtelligent.domain.metrics.MetricsSnapshot;
import net.adtelligent.domain.metrics.Staleness;
import net.adtelligent.domain.tenant.Slug;
import net.adtelligent.domain.tenant.TenantId;

/**
 * A tenant's metrics snapshots as its members see them: asked for on demand, read latest first.
 * The window is the last {@code snapshotDays} days up to yesterday in the tenant's time zone. The
 * schedule generates them through the system port {@code ScheduledSnapshots}.
 */
public interface Snapshots {

    /** Asks for a snapshot soon (202 over HTTP); needs the metrics permission. */
    Either<Rejection, TenantId> request(Actor actor, Slug tenant);

    Either<Rejection, View> latest(Actor actor, Slug tenant);

    /** Newest first, a short history. */
    Either<Rejection, List<View>> history(Actor actor, Slug tenant);

    /** A snapshot with how stale it is now. */
    record View(MetricsSnapshot snapshot, Staleness staleness) {
        public View {
            Objects.requireNonNull(snapshot, "snapshot");
            Objects.requireNonNull(staleness, "staleness");
        }
    }
}
