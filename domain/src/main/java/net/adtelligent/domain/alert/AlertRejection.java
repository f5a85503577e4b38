package net.adtelligent.domain.alert;

import java.util.List;
import net.adtelligent.domain.FieldViolation;
import net.adtelligent.domain.InvalidFields;
import net.adtelligent.domain.Rejection;
import net.adtelligent.domain.RejectionKind;
import net.adtelligent.domain.RejectionType;

/** Why a request about a tenant's alerts was refused. */
public sealed interface AlertRejection extends Rejection {

    record Invalid(List<FieldViolation> violations) implements AlertRejection, InvalidFields {
        public Invalid {
            violations = List.copyOf(violations);
        }
    }

    record NotFound(String alert) implements AlertRejection {
        public static final RejectionType TYPE = new RejectionType(RejectionKind.NOT_FOUND, "alert-not-found",
                "Alert not found");

        @Override
        public RejectionType type() {
            return TYPE;
        }

        @Override
        public String detail() {
            return "no alert '" + alert + "' in this tenant";
        }
    }

    /** An episode that is over has nothing left to acknowledge. */
    record Resolved(long alert) implements AlertRejection {
        public static final RejectionType TYPE = new RejectionType(RejectionKind.CONFLICT, "alert-resolved",
                "Alert resolved");

        @Override
        public RejectionType type() {
            return TYPE;
        }

        @Override
        public String detail() {
            return "the alert " + alert + " is resolved: its condition cleared";
        }
    }
}
