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
import java.util.Objects;
import java.util.UUID;
import net.adtelligent.domain.identity.Email;
import net.adtelligent.domain.identity.Invitation;
import net.adtelligent.domain.identity.UserId;
import net.adtelligent.domain.tenant.TenantId;
import net.adtelligent.ports.out.InvitationStore;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Invitations, tenant-scoped. Issuing one happens in its tenant; opening and accepting one happen
 * before any tenant is known, through two security-definer functions that reach exactly the row
 * of the token presented (V5__invitation_acceptance.sql says why).
 */
final class PostgresInvitationStore implements InvitationStore {

    private final Transactions transactions;

    PostgresInvitationStore(Transactions transactions) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    @Override
    public void add(Invitation invitation) {
        transactions.inTenant(invitation.tenantId(), handle -> handle.createUpdate("""
                        insert into invitations (token_hash, tenant_id, email, role, invited_by, issued_at,
                                                 expires_at, accepted_at)
                        values (:token_hash, :tenant_id, :email, :role, :invited_by, :issued_at,
                                :expires_at, :accepted_at)
                        """)
                .bind("token_hash", invitation.tokenHash())
                .bind("tenant_id", invitation.tenantId().value())
                .bind("email", invitation.email().value())
                .bind("role", invitation.role().wireName())
                .bind("invited_by", invitation.invitedBy().value())
                .bind("issued_at", utc(invitation.issuedAt()))
                .bind("expires_at", utc(invitation.expiresAt()))
                .bindByType("accepted_at", utcOrNull(invitation.acceptedAt()), OffsetDateTime.class)
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
                row.getString("token_hash"),
                new TenantId(row.getObject("tenant_id", UUID.class)),
                new Email(row.getString("email")),
                PostgresMembershipStore.role(row.getString("role")),
                new UserId(row.getObject("invited_by", UUID.class)),
                instant(row, "issued_at"),
                instant(row, "expires_at"),
                optionalInstant(row, "accepted_at"));
    }
}
