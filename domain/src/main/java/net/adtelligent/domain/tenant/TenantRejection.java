package net.adtelligent.domain.tenant;

import java.util.List;
import net.adtelligent.domain.FieldViolation;
import net.adtelligent.domain.InvalidFields;
import net.adtelligent.domain.Rejection;
import net.adtelligent.domain.RejectionKind;
import net.adtelligent.domain.RejectionType;

/** Why a tenant use case said no: expected outcomes, not exceptions. */
public sealed interface TenantRejection extends Rejection {

    record Invalid(List<FieldViolation> violations) implements TenantRejection, InvalidFields {
        public Invalid {
            violations = List.copyOf(violations);
        }
    }

    record SlugTaken(Slug slug) implements TenantRejection {
        public static final RejectionType TYPE = new RejectionType(RejectionKind.CONFLICT, "slug-taken", "Slug already taken");

        @Override
        public RejectionType type() {
            return TYPE;
        }

        @Override
        public String detail() {
            return "the slug '" + slug + "' is already taken";
        }
    }

    record NotFound(String reference) implements TenantRejection {
        /** Shared with {@code AccessRejection.NotFound}: not a member and no such tenant look the same. */
        public static final RejectionType TYPE = new RejectionType(RejectionKind.NOT_FOUND, "tenant-not-found", "Tenant not found");

        @Override
        public RejectionType type() {
            return TYPE;
        }

        @Override
        public String detail() {
            return "no tenant '" + reference + "'";
        }
    }

    record Suspended(Slug slug) implements TenantRejection {
        public static final RejectionType TYPE = new RejectionType(RejectionKind.CONFLICT, "tenant-suspended", "Tenant suspended");

        @Override
        public RejectionType type() {
            return TYPE;
        }

        @Override
        public String detail() {
            return "the tenant '" + slug + "' is suspended: reactivate it first";
        }
    }
}
