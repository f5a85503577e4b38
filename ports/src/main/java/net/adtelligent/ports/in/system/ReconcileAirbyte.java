package net.adtelligent.ports.in.system;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import net.adtelligent.domain.Rejection;

/**
 * Repairs drift between the connections and their Airbyte sources and connections, as an operator
 * asks: a missing source or connection is created; a different configuration, schedule, stream
 * selection or status is updated; the Airbyte resources of deleted connections are deleted; Airbyte
 * connections named as ours that no connection knows are reported, and deleted only when asked.
 * A dry run reads Airbyte and changes nothing on either side. Airbyte unreachable: an
 * {@code OutsidePartUnavailableException}; Airbyte not configured: {@link #configured()} is false.
 */
public interface ReconcileAirbyte {

    boolean configured();

    /** Left: the tenant given is not one. Each row a connection (or an unknown Airbyte connection). */
    Either<Rejection, List<Row>> reconcile(Option<String> tenant, boolean dryRun, boolean deleteUnknown);

    /** What a row found. */
    enum Outcome {
        /** Airbyte already has it as it should be. */
        IN_SYNC,
        /** Drift found and repaired. */
        REPAIRED,
        /** Drift found, not repaired: a dry run, or an unknown Airbyte connection left alone. */
        DRIFT,
        /** A repair failed; the connection records why. */
        FAILED,
        /** Not set up in Airbyte: a CSV source, or no credentials given yet. */
        SKIPPED;

        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * @param tenant     the tenant's slug; empty for an Airbyte connection no connection knows
     * @param connection our connection's id, or the Airbyte connection's id when unknown
     * @param actions    what was done, or would be in a dry run ("create source", "update connection", ...)
     */
    record Row(String tenant, String connection, String status, List<String> actions, Outcome outcome,
               String detail) {

        public Row {
            Objects.requireNonNull(tenant, "tenant");
            Objects.requireNonNull(connection, "connection");
            Objects.requireNonNull(status, "status");
            actions = List.copyOf(actions);
            Objects.requireNonNull(outcome, "outcome");
            Objects.requireNonNull(detail, "detail");
        }
    }
}
