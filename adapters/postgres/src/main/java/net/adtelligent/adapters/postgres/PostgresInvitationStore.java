package net.adtelligent.adapters.postgres;

import static net.adtelligent.adapters.postgres.Timestamps.instant;
import static net.adtelligent.adapters.postgres.Timestamps.optionalInstant;
import static net.adtelligent.adapters.postgres.Timestamps.utc;
import static net.adtelligent.adapters.postgres.Timestamps.utcOrNull;

import io.vavr.control.Option;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import net.adtelligent.domain.identity.Email;
import net.adtelligent.domain.identity.Invitation;
import net.adtelligent.domain.identity.InvitationId;
import net.adtelligent.domain.identity.UserId;
import net.adtelligent.domain.tenant.TenantId;
import net.adtelligent.ports.out.InvitationStore;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Invitations, tenant-scoped. Issuing one happens in its tenant; opening and accepting one happen
 * before any tenant is known, through two security-definer functions that reach exactly the row
 * of the token presented (V5__invitation_acceptance.sql says why). Listing and revoking happen in
 * the tenant, by its admins.
 */
final class PostgresInvitationStore implements InvitationStore {

    /** Usable at :now: the same test as the two functions of V15 and {@code Invitation.usableAt}. */
    private static final String PENDING = "accepted_at is null and revoked_at is null and :now < expires_at";

    /** As the in-memory store orders them: by issue, then by the id's text (uuids order so in PostgreSQL). */
    private static final Comparator<Invitation> OLDEST_FIRST = Comparator.comparing(Invitation::issuedAt)
            .thenComparing(invitation -> invitation.id().toString());

    private final Transactions transactions;

    PostgresInvitationStore(Transactions transactions) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    @Override
    public void add(Invitation invitation) {
        transactions.inTenant(invitation.tenantId(), handle -> handle.createUpdate("""
                        insert into invitations (id, token_hash, tenant_id, email, role, invited_by, issued_at,
                                                 expires_at, accepted_at, revoked_at)
                        values (:id, :token_hash, :tenant_id, :email, :role, :invited_by, :issued_at,
                                :expires_at, :accepted_at, :revoked_at)
                        """)
                .bind("id", invitation.id().value())
                .bind("token_hash", invitation.tokenHash())
                .bind("tenant_id", invitation.tenantId().value())
                .bind("email", invitation.email().value())
                .bind("role", invitation.role().wireName())
                .bind("invited_by", invitation.invitedBy().value())
                .bind("issued_at", utc(invitation.issuedAt()))
                .bind("expires_at", utc(invitation.expiresAt()))
                .bindByType("accepted_at", utcOrNull(invitation.acceptedAt()), OffsetDateTime.class)
                .bindByType("revoked_at", utcOrNull(invitation.revokedAt()), OffsetDateTime.class)
                .execute());
    }

    @Override
    public Option<Invitation> pending(String tokenHash, Instant now) {
        return byFunction("adt_pending_invitation", tokenHash, now);
    }

    @Override
    public Option<Invitation> accept(String tokenHash, Instant now) {
        return byFunction("adt_accept_invitation", tokenHash, now);
    }

    @Override
    public List<Invitation> pendingIn(TenantId tenant, Instant now) {
        return transactions.inTenant(tenant, handle -> handle.createQuery("select * from invitations where tenant_id = :tenant_id"
                        + " and " + PENDING + " order by issued_at, id")
                .bind("tenant_id", tenant.value())
                .bind("now", utc(now))
                .map(PostgresInvitationStore::invitation)
                .list());
    }

    /** One statement: of this and an acceptance of the same row, the second finds the row ended. */
    @Override
    public List<Invitation> revokePending(TenantId tenant, Email email, Instant now) {
        List<Invitation> revoked = transactions.inTenant(tenant, handle -> handle.createQuery(
                        "update invitations set revoked_at = :now where tenant_id = :tenant_id and email = :email and "
                                + PENDING + " returning *")
                .bind("tenant_id", tenant.value())
                .bind("email", email.value())
                .bind("now", utc(now))
                .map(PostgresInvitationStore::invitation)
                .list());
        return revoked.stream().sorted(OLDEST_FIRST).toList();
    }

    @Override
    public Option<Invitation> revoke(TenantId tenant, InvitationId id, Instant now) {
        return Option.ofOptional(transactions.inTenant(tenant, handle -> handle.createQuery(
                        "update invitations set revoked_at = :now where tenant_id = :tenant_id and id = :id and "
                                + PENDING + " returning *")
                .bind("tenant_id", tenant.value())
                .bind("id", id.value())
                .bind("now", utc(now))
                .map(PostgresInvitationStore::invitation)
                .findOne()));
    }

    private Option<Invitation> byFunction(String function, String tokenHash, Instant now) {
        return Option.ofOptional(transactions.inDirectory(handle -> handle
                .createQuery("select * from " + function + "(:token_hash, :now)")
                .bind("token_hash", tokenHash)
                .bind("now", utc(now))
                .map(PostgresInvitationStore::invitation)
                .findOne()));
    }

    private static Invitation invitation(ResultSet row, StatementContext context) throws SQLException {
        return new Invitation(
                new InvitationId(row.getObject("id", UUID.class)),
                row.getString("token_hash"),
                new TenantId(row.getObject("tenant_id", UUID.class)),
                new Email(row.getString("email")),
                PostgresMembershipStore.role(row.getString("role")),
                new UserId(row.getObject("invited_by", UUID.class)),
                instant(row, "issued_at"),
                instant(row, "expires_at"),
                optionalInstant(row, "accepted_at"),
                optionalInstant(row, "revoked_at"));
    }
}
