package net.adtelligent.domain.identity;

/** What a member may do within a tenant. Which role holds which is decided by {@link Role}. */
public enum Permission {
    VIEW_TENANT,
    CHANGE_TENANT,
    VIEW_MEMBERS,
    INVITE_MEMBERS,
    CHANGE_MEMBERS,
    VIEW_AUDIT,
    VIEW_METRICS,
    MANAGE_CONNECTIONS,
    MANAGE_ALERTS,
    UPLOAD_DATA
}
