package net.adtelligent.ports.out;

import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;
import net.adtelligent.domain.tenant.TenantId;

/** Where alerts go for someone to act on them (a table, a pager, a log); see docs/runbooks/observability.md. */
public interface AlertSink {

    void raise(Alert alert);

    /** {@code kind}: snapshot_failed, snapshot_stale, …, stable names; {@code message} says what to do. */
    record Alert(Option<TenantId> tenant, String kind, String message, Instant at) {
        public Alert {
            Objects.requireNonNull(tenant, "tenant");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(message, "message");
            Objects.requireNonNull(at, "at");
        }
    }
}
