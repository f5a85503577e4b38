package net.adtelligent.domain.identity;

import net.adtelligent.domain.Rejection;

/** Why a member may not do something in a tenant. */
public sealed interface AccessRejection extends Rejection {

    /** Not a member, or no such tenant: the two look the same, so nothing leaks about other tenants. */
    record NotFound(String reference) implements AccessRejection {
        @Override
        public String detail() {
            return "no tenant '" + reference + "'";
        }
    }

    record NoSuchMember(UserId user) implements AccessRejection {
        @Override
        public String detail() {
            return "no member '" + user + "' in this tenant";
        }
    }

    record Forbidden(String reason) implements AccessRejection {
        @Override
        public String detail() {
            return reason;
        }
    }

    record Conflict(String reason) implements AccessRejection {
        @Override
        public String detail() {
            return reason;
        }
    }
}
