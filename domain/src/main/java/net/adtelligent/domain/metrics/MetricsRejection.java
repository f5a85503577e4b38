package net.adtelligent.domain.metrics;

import java.util.List;
import net.adtelligent.domain.FieldViolation;
import net.adtelligent.domain.InvalidFields;
import net.adtelligent.domain.Rejection;

/** Why a metrics request or a snapshot was refused. */
public sealed interface MetricsRejection extends Rejection {

    record Invalid(List<FieldViolation> violations) implements MetricsRejection, InvalidFields {
        public Invalid {
            violations = List.copyOf(violations);
        }

        @Override
        public String detail() {
            return violations.size() == 1 ? "1 parameter is invalid" : violations.size() + " parameters are invalid";
        }
    }

    /** The tenant has no snapshot yet (its first is being generated, or it has no data). */
    record NoSnapshot(String tenant) implements MetricsRejection {
        @Override
        public String detail() {
            return "no snapshot of '" + tenant + "' yet";
        }
    }
}
