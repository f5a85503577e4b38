package net.adtelligent.ports.out;

import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;
import net.adtelligent.domain.alert.AlertSubject;
import net.adtelligent.domain.tenant.TenantId;

/**
 * Where alerts go for someone to act on them; see docs/runbooks/observability.md. An alert is an
 * episode per rule ({@code kind}) and subject: a raise opens one, or keeps the ongoing one open,
 * and a resolve ends it when its condition clears. Any rule uses these two calls alone, so a new
 * rule needs no new port. Raising and resolving join the caller's unit of work, if one is open.
 */
public interface AlertSink {

    /** Opens an episode of the alert's tenant, kind and subject, or keeps the ongoing one (newest message); says which. */
    Raised raise(Alert alert);

    /** Ends the tenant's ongoing episode of this kind and subject, if there is one; says whether there was. */
    boolean resolve(TenantId tenant, String kind, AlertSubject subject, Instant at);

    /** As {@link #resolve}, for an episode of no tenant (an operator's alert, raised with no tenant); says whether there was one. */
    boolean resolveSystem(String kind, AlertSubject subject, Instant at);

    /** What a raise did. */
    enum Raised {
        /** A new episode: its one mail is due. */
        OPENED,
        /** An episode resolved a short while ago opened again, without a new mail (a flapping subject). */
        REOPENED,
        /** The ongoing episode stays; only its message is the newest. */
        KEPT
    }

    /**
     * {@code kind}: sync_failing, snapshot_stale, …, stable names; {@code subject}: what in the
     * tenant it is about; {@code message} says what to do.
     */
    record Alert(Option<TenantId> tenant, String kind, AlertSubject subject, String message, Instant at) {
        public Alert {
            Objects.requireNonNull(tenant, "tenant");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(subject, "subject");
            Objects.requireNonNull(message, "message");
            Objects.requireNonNull(at, "at");
            if (kind.isBlank()) {
                throw new IllegalArgumentException("an alert names its kind");
            }
        }

        /** An alert about the whole tenant (or, with no tenant, the whole system). */
        public Alert(Option<TenantId> tenant, String kind, String message, Instant at) {
            this(tenant, kind, AlertSubject.tenant(), message, at);
        }
    }
}
