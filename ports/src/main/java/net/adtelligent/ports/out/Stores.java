package net.adtelligent.ports.out;

import java.util.Objects;

/** Where the core keeps its data: one implementation of each store port, usually of one technology. */
public record Stores(TenantStore tenants, UserStore users, MembershipStore memberships, RefreshTokenStore refreshTokens,
                     OneTimeTokenStore oneTimeTokens, InvitationStore invitations, AuditLog auditLog,
                     ConnectionStore connections) {

    public Stores {
        Objects.requireNonNull(tenants, "tenants");
        Objects.requireNonNull(users, "users");
        Objects.requireNonNull(memberships, "memberships");
        Objects.requireNonNull(refreshTokens, "refreshTokens");
        Objects.requireNonNull(oneTimeTokens, "oneTimeTokens");
        Objects.requireNonNull(invitations, "invitations");
        Objects.requireNonNull(auditLog, "auditLog");
        Objects.requireNonNull(connections, "connections");
    }
}
