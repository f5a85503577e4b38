package net.adtelligent.domain.sync;

import java.util.List;
import net.adtelligent.domain.FieldViolation;
import net.adtelligent.domain.InvalidFields;
import net.adtelligent.domain.Rejection;
import net.adtelligent.domain.RejectionKind;
import net.adtelligent.domain.RejectionType;

/** Why a sync was not started, or a list of sync runs not read. */
public sealed interface SyncRejection extends Rejection {

    record Invalid(List<FieldViolation> violations) implements SyncRejection, InvalidFields {
        public Invalid {
            violations = List.copyOf(violations);
        }
    }

    /** The installation runs without Airbyte: nothing can be synced through it. */
    record AirbyteNotConfigured(String connection) implements SyncRejection {
        public static final RejectionType TYPE = new RejectionType(RejectionKind.CONFLICT, "airbyte-not-configured",
                "Airbyte not configured");

        @Override
        public RejectionType type() {
            return TYPE;
        }

        @Override
        public String detail() {
            return "Airbyte not configured: this installation cannot sync the connection " + connection
                    + " (its operator sets ADT_AIRBYTE_URL)";
        }
    }

    /** The connection has no Airbyte connection yet: provisioning has not made one. */
    record NotProvisioned(String connection) implements SyncRejection {
        public static final RejectionType TYPE = new RejectionType(RejectionKind.CONFLICT, "connection-not-provisioned",
                "Connection not provisioned in Airbyte");

        @Override
        public RejectionType type() {
            return TYPE;
        }

        @Override
        public String detail() {
            return "the connection " + connection + " is not provisioned in Airbyte yet, so it cannot sync";
        }
    }

    /** Paused or deleted: a person stopped its syncs. */
    record NotSyncable(String connection, String status) implements SyncRejection {
        public static final RejectionType TYPE = new RejectionType(RejectionKind.CONFLICT, "connection-not-syncable",
                "Connection does not sync in its status");

        @Override
        public RejectionType type() {
            return TYPE;
        }

        @Override
        public String detail() {
            return "the connection " + connection + " is " + status + ", so it does not sync";
        }
    }

    /** A run of the connection has not ended yet; Airbyte runs one sync of a connection at a time. */
    record AlreadyRunning(String connection, String run) implements SyncRejection {
        public static final RejectionType TYPE = new RejectionType(RejectionKind.CONFLICT, "sync-running",
                "A sync of the connection is running");

        @Override
        public RejectionType type() {
            return TYPE;
        }

        @Override
        public String detail() {
            return "the connection " + connection + " is syncing already (run " + run + ")";
        }
    }

    /** Airbyte refused to start the sync, and would again (its explanation, which names no secret). */
    record RefusedByAirbyte(String connection, String explanation) implements SyncRejection {
        public static final RejectionType TYPE = new RejectionType(RejectionKind.CONFLICT, "sync-refused",
                "Airbyte refused the sync");

        @Override
        public RejectionType type() {
            return TYPE;
        }

        @Override
        public String detail() {
            return "Airbyte refused to sync the connection " + connection + ": " + explanation;
        }
    }
}
