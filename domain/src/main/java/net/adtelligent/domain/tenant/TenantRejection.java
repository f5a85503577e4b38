package net.adtelligent.domain.tenant;

import java.util.List;
import net.adtelligent.domain.FieldViolation;
import net.adtelligent.domain.InvalidFields;
import net.adtelligent.domain.Rejection;

/** Why a tenant use case said no: expected outcomes, not exceptions. */
public sealed interface TenantRejection extends Rejection {

    record Invalid(List<FieldViolation> violations) implements TenantRejection, InvalidFields {
        public Invalid {
            violations = List.copyOf(violations);
        }
    }

    record SlugTaken(Slug slug) implements TenantRejection {
        @Override
        public String detail() {
            return "the slug '" + slug + "' is already taken";
        }
    }

    record NotFound(String reference) implements TenantRejection {
        @Override
        public String detail() {
            return "no tenant '" + reference + "'";
        }
    }

    record Suspended(Slug slug) implements TenantRejection {
        @Override
        public String detail() {
            return "the tenant '" + slug + "' is suspended: reactivate it first";
        }
    }
}
