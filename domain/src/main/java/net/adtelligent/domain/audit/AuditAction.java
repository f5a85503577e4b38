package net.adtelligent.domain.audit;

/** The actions the audit log records; the names are stable, clients filter on them. */
public final class AuditAction {

    public static final String LOGIN_SUCCEEDED = "auth.login_succeeded";
    public static final String LOGIN_FAILED = "auth.login_failed";
    public static final String LOGGED_OUT = "auth.logged_out";
    public static final String TOKEN_FAMILY_REVOKED = "auth.token_family_revoked";
    public static final String PASSWORD_RESET_REQUESTED = "auth.password_reset_requested";
    public static final String PASSWORD_RESET_COMPLETED = "auth.password_reset_completed";
    public static final String USER_CREATED = "user.created";
    public static final String MEMBER_INVITED = "member.invited";
    public static final String MEMBER_JOINED = "member.joined";
    public static final String MEMBER_ROLE_CHANGED = "member.role_changed";
    public static final String MEMBER_REMOVED = "member.removed";
    public static final String INVITATION_REVOKED = "member.invitation_revoked";
    public static final String TENANT_REGISTERED = "tenant.registered";
    public static final String TENANT_CHANGED = "tenant.changed";
    public static final String UPLOAD_RECEIVED = "upload.received";
    public static final String UPLOAD_MAPPED = "upload.mapped";
    public static final String UPLOAD_COMMITTED = "upload.committed";
    public static final String UPLOAD_DELETED = "upload.deleted";
    public static final String UPLOAD_EXPIRED = "upload.expired";
    public static final String FACTS_INGESTED = "facts.ingested";
    public static final String CONVERSION_SETTING_CHANGED = "settings.conversion_changed";
    public static final String FX_RATES_IMPORTED = "fx.rates_imported";
    public static final String CONNECTION_CREATED = "connection.created";
    public static final String CONNECTION_CHANGED = "connection.changed";
    public static final String CONNECTION_PAUSED = "connection.paused";
    public static final String CONNECTION_RESUMED = "connection.resumed";
    public static final String CONNECTION_CREDENTIALS_REPLACED = "connection.credentials_replaced";
    public static final String CONNECTION_DELETED = "connection.deleted";
    public static final String CONNECTION_AIRBYTE_PROVISIONED = "connection.airbyte_provisioned";
    public static final String CONNECTION_AIRBYTE_FAILED = "connection.airbyte_failed";
    public static final String CONNECTION_CONSENTED = "connection.consented";
    public static final String CONNECTION_TOKEN_RENEWED = "connection.token_renewed";
    public static final String CONNECTION_REAUTH_REQUIRED = "connection.reauth_required";
    public static final String CONNECTION_SYNC_STARTED = "connection.sync_started";

    private AuditAction() {
    }
}
