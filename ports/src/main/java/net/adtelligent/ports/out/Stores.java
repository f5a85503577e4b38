package net.adtelligent.ports.out;

import java.util.Objects;

/**
 * Where the core keeps its data: one implementation of each store port, usually of one technology.
 * {@code loginAttempts} is what every instance of the service shares to throttle logins.
 */
public record Stores(TenantStore tenants, UserStore users, MembershipStore memberships, RefreshTokenStore refreshTokens,
                     OneTimeTokenStore oneTimeTokens, InvitationStore invitations, AuditLog auditLog,
                     LoginAttempts loginAttempts, ConnectionStore connections, SyncRunStore syncRuns) {

    public Stores {
        Objects.requireNonNull(tenants, "tenants");
        Objects.requireNonNull(users, "users");
        Objects.requireNonNull(memberships, "memberships");
        Objects.requireNonNull(refreshTokens, "refreshTokens");
        Objects.requireNonNull(oneTimeTokens, "oneTimeTokens");
        Objects.requireNonNull(invitations, "invitations");
        Objects.requireNonNull(auditLog, "auditLog");
        Objects.requireNonNull(loginAttempts, "loginAttempts");
        Objects.requireNonNull(connections, "connections");
        Objects.requireNonNull(syncRuns, "syncRuns");
    }

    /** The same stores, with other login counts. */
    public Stores withLoginAttempts(LoginAttempts attempts) {
        return new Stores(tenants, users, memberships, refreshTokens, oneTimeTokens, invitations, auditLog, attempts, connections, syncRuns);
    }

    /** The same stores, with another audit log. */
    public Stores withAuditLog(AuditLog log) {
        return new Stores(tenants, users, memberships, refreshTokens, oneTimeTokens, invitations, log, loginAttempts, connections, syncRuns);
    }

    /** The same stores, with other sync runs. */
    public Stores withSyncRuns(SyncRunStore runs) {
        return new Stores(tenants, users, memberships, refreshTokens, oneTimeTokens, invitations, auditLog, loginAttempts, connections, runs);
    }
}
