package net.adtelligent.domain.fact;

import java.util.List;
import net.adtelligent.domain.FieldViolation;
import net.adtelligent.domain.InvalidFields;
import net.adtelligent.domain.Rejection;
import net.adtelligent.domain.RejectionKind;
import net.adtelligent.domain.RejectionType;

/** Why storing or reading facts, or changing what counts as a conversion, was refused. */
public sealed interface FactRejection extends Rejection {

    record Invalid(List<FieldViolation> violations) implements FactRejection, InvalidFields {
        public Invalid {
            violations = List.copyOf(violations);
        }
    }

    record UnknownSetting(String name) implements FactRejection {
        public static final RejectionType TYPE = new RejectionType(RejectionKind.NOT_FOUND, "conversion-setting-not-found", "Conversion setting not found");

        @Override
        public RejectionType type() {
            return TYPE;
        }

        @Override
        public String detail() {
            return "no conversion setting '" + name + "'";
        }
    }

    /** Only the system (an operator's command) may do this: market data is shared by every tenant. */
    record SystemOnly(String what) implements FactRejection {
        public static final RejectionType TYPE = new RejectionType(RejectionKind.FORBIDDEN, "forbidden", "Forbidden");

        @Override
        public RejectionType type() {
            return TYPE;
        }

        @Override
        public String detail() {
            return what + " is an operator's task, not a tenant's";
        }
    }
}
