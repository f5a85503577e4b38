package net.adtelligent.domain.tenant;

import java.util.List;
import net.adtelligent.domain.FieldViolation;
import net.adtelligent.domain.InvalidFields;
import net.adtelligent.domain.Rejection;
import net.adtelligent.domain.RejectionKind;

/** Why a tenant use case said no: expected outcomes, not exceptions. */
public sealed interface TenantRejection extends Rejection {

    record Invalid(List<FieldViolation> violations) implements TenantRejection, InvalidFields {
        public Invalid {
            violations = List.copyOf(violations);
        }
    }

    record SlugTaken(Slug slug) implements TenantRejection {
        @Override
        public RejectionKind kind() {
            return RejectionKind.CONFLICT;
        }

        @Override
        public String code() {
            return "slug-taken";
        }

        @Override
        public String title() {
            return "Slug already taken";
        }

        @Override
        public String detail() {
            return "the slug '" + slug + "' is already taken";
        }
    }

    record NotFound(String reference) implements TenantRejection {
        /** Shared with {@code AccessRejection.NotFound}: not a member and no such tenant look the same. */
        public static final String CODE = "tenant-not-found";
        public static final String TITLE = "Tenant not found";

        @Override
        public RejectionKind kind() {
            return RejectionKind.NOT_FOUND;
        }

        @Override
        public String code() {
            return CODE;
        }

        @Override
        public String title() {
            return TITLE;
        }

        @Override
        public String detail() {
            return "no tenant '" + reference + "'";
        }
    }

    record Suspended(Slug slug) implements TenantRejection {
        @Override
        public RejectionKind kind() {
            return RejectionKind.CONFLICT;
        }

        @Override
        public String code() {
            return "tenant-suspended";
        }

        @Override
        public String title() {
            return "Tenant suspended";
        }

        @Override
        public String detail() {
            return "the tenant '" + slug + "' is suspended: reactivate it first";
        }
    }
}
