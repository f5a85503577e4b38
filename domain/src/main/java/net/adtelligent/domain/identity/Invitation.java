package net.adtelligent.domain.identity;

import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import net.adtelligent.domain.tenant.TenantId;

/**
 * An invitation of an email address into a tenant with a role, accepted once through the link
 * in the mail (only the token's hash is stored). Accepting it creates the account with the
 * password the invitee chooses.
 */
public record Invitation(String tokenHash, TenantId tenantId, Email email, Role role, UserId invitedBy,
                         Instant issuedAt, Instant expiresAt, Option<Instant> acceptedAt) {

    public static final Duration LIFETIME = Duration.ofDays(7);

    public Invitation {
        Objects.requireNonNull(tokenHash, "tokenHash");
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(invitedBy, "invitedBy");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(acceptedAt, "acceptedAt");
    }

    public static Invitation issue(String tokenHash, TenantId tenantId, Email email, Role role, UserId invitedBy, Instant now) {
        return new Invitation(tokenHash, tenantId, email, role, invitedBy, now, now.plus(LIFETIME), Option.none());
    }

    public boolean usableAt(Instant now) {
        return acceptedAt.isEmpty() && now.isBefore(expiresAt);
    }
}
