package net.adtelligent.domain.metrics;

import java.util.List;
import net.adtelligent.domain.FieldViolation;
import net.adtelligent.domain.InvalidFields;
import net.adtelligent.domain.Rejection;
import net.adtelligent.domain.RejectionKind;
import net.adtelligent.domain.RejectionType;

/** Why a metrics request or a snapshot was refused. */
public sealed interface MetricsRejection extends Rejection {

    record Invalid(List<FieldViolation> violations) implements MetricsRejection, InvalidFields {
        public Invalid {
            violations = List.copyOf(violations);
        }

        @Override
        public String detail() {
            return InvalidFields.describe(violations, "parameter");
        }
    }

    /** The tenant has no snapshot yet (its first is being generated, or it has no data). */
    record NoSnapshot(String tenant) implements MetricsRejection {
        public static final RejectionType TYPE = new RejectionType(RejectionKind.NOT_FOUND, "snapshot-not-found", "No snapshot yet");

        @Override
        public RejectionType type() {
            return TYPE;
        }

        @Override
        public String detail() {
            return "no snapshot of '" + tenant + "' yet";
        }
    }
}
