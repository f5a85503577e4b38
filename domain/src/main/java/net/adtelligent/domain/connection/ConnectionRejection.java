package net.adtelligent.domain.connection;

import java.util.List;
import net.adtelligent.domain.FieldViolation;
import net.adtelligent.domain.InvalidFields;
import net.adtelligent.domain.Rejection;
import net.adtelligent.domain.RejectionKind;
import net.adtelligent.domain.RejectionType;

/** Why a change to a tenant's connections was refused. */
public sealed interface ConnectionRejection extends Rejection {

    record Invalid(List<FieldViolation> violations) implements ConnectionRejection, InvalidFields {
        public Invalid {
            violations = List.copyOf(violations);
        }
    }

    record NotFound(String connection) implements ConnectionRejection {
        public static final RejectionType TYPE = new RejectionType(RejectionKind.NOT_FOUND, "connection-not-found",
                "Connection not found");

        @Override
        public RejectionType type() {
            return TYPE;
        }

        @Override
        public String detail() {
            return "no connection '" + connection + "' in this tenant";
        }
    }

    /** A deleted connection is kept for its facts' sake, and changes no more. */
    record Deleted(String connection) implements ConnectionRejection {
        public static final RejectionType TYPE = new RejectionType(RejectionKind.CONFLICT, "connection-deleted",
                "Connection deleted");

        @Override
        public RejectionType type() {
            return TYPE;
        }

        @Override
        public String detail() {
            return "the connection " + connection + " is deleted";
        }
    }

    /** Pausing a paused connection, resuming one that is not paused. */
    record WrongStatus(String connection, String status, String wanted) implements ConnectionRejection {
        public static final RejectionType TYPE = new RejectionType(RejectionKind.CONFLICT, "connection-status",
                "Not possible in the connection's status");

        @Override
        public RejectionType type() {
            return TYPE;
        }

        @Override
        public String detail() {
            return "the connection " + connection + " is " + status + "; " + wanted;
        }
    }
}
