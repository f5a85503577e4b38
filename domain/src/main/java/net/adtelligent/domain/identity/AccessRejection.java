package net.adtelligent.domain.identity;

import net.adtelligent.domain.Rejection;
import net.adtelligent.domain.RejectionKind;
import net.adtelligent.domain.tenant.TenantRejection;

/** Why a member may not do something in a tenant. */
public sealed interface AccessRejection extends Rejection {

    /** Not a member, or no such tenant: the two look the same, so nothing leaks about other tenants. */
    record NotFound(String reference) implements AccessRejection {
        @Override
        public RejectionKind kind() {
            return RejectionKind.NOT_FOUND;
        }

        @Override
        public String code() {
            return TenantRejection.NotFound.CODE;
        }

        @Override
        public String title() {
            return TenantRejection.NotFound.TITLE;
        }

        @Override
        public String detail() {
            return "no tenant '" + reference + "'";
        }
    }

    record NoSuchMember(UserId user) implements AccessRejection {
        public static final String CODE = "member-not-found";
        public static final String TITLE = "Member not found";

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
            return "no member '" + user + "' in this tenant";
        }
    }

    record Forbidden(String reason) implements AccessRejection {
        @Override
        public RejectionKind kind() {
            return RejectionKind.FORBIDDEN;
        }

        @Override
        public String code() {
            return "forbidden";
        }

        @Override
        public String title() {
            return "Forbidden";
        }

        @Override
        public String detail() {
            return reason;
        }
    }

    record Conflict(String reason) implements AccessRejection {
        @Override
        public RejectionKind kind() {
            return RejectionKind.CONFLICT;
        }

        @Override
        public String code() {
            return "conflict";
        }

        @Override
        public String title() {
            return "Conflict";
        }

        @Override
        public String detail() {
            return reason;
        }
    }
}
