package net.adtelligent.domain.identity;

import net.adtelligent.domain.Rejection;
import net.adtelligent.domain.RejectionKind;
import net.adtelligent.domain.RejectionType;
import net.adtelligent.domain.tenant.TenantRejection;

/** Why a member may not do something in a tenant. */
public sealed interface AccessRejection extends Rejection {

    /** Not a member, or no such tenant: the two look the same, so nothing leaks about other tenants. */
    record NotFound(String reference) implements AccessRejection {
        @Override
        public RejectionType type() {
            return TenantRejection.NotFound.TYPE;
        }

        @Override
        public String detail() {
            return "no tenant '" + reference + "'";
        }
    }

    record NoSuchMember(UserId user) implements AccessRejection {
        public static final RejectionType TYPE = new RejectionType(RejectionKind.NOT_FOUND, "member-not-found", "Member not found");

        @Override
        public RejectionType type() {
            return TYPE;
        }

        @Override
        public String detail() {
            return "no member '" + user + "' in this tenant";
        }
    }

    /** No pending invitation of that id in this tenant: unknown, another tenant's, accepted, revoked or expired. */
    record InvitationNotFound(String reference) implements AccessRejection {
        public static final RejectionType TYPE = new RejectionType(RejectionKind.NOT_FOUND, "invitation-not-found",
                "Invitation not found");

        @Override
        public RejectionType type() {
            return TYPE;
        }

        @Override
        public String detail() {
            return "no pending invitation '" + reference + "' in this tenant";
        }
    }

    record Forbidden(String reason) implements AccessRejection {
        public static final RejectionType TYPE = new RejectionType(RejectionKind.FORBIDDEN, "forbidden", "Forbidden");

        @Override
        public RejectionType type() {
            return TYPE;
        }

        @Override
        public String detail() {
            return reason;
        }
    }

    record Conflict(String reason) implements AccessRejection {
        public static final RejectionType TYPE = new RejectionType(RejectionKind.CONFLICT, "conflict", "Conflict");

        @Override
        public RejectionType type() {
            return TYPE;
        }

        @Override
        public String detail() {
            return reason;
        }
    }
}
