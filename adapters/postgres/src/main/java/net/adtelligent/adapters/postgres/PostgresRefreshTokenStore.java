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
import net.adtelligent.domain.identity.RefreshToken;
import net.adtelligent.domain.identity.UserId;
import net.adtelligent.ports.out.RefreshTokenStore;
import org.jdbi.v3.core.statement.StatementContext;

/** Refresh tokens by hash. A user's, not a tenant's: a session is refreshed before any tenant is named. */
final class PostgresRefreshTokenStore implements RefreshTokenStore {

    private static final String COLUMNS = "token_hash, user_id, family_id, issued_at, expires_at, rotated_at, revoked_at";

    private final Transactions transactions;

    PostgresRefreshTokenStore(Transactions transactions) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    @Override
    public void add(RefreshToken token) {
        transactions.inDirectory(handle -> handle.createUpdate("""
                        insert into refresh_tokens (%s)
                        values (:token_hash, :user_id, :family_id, :issued_at, :expires_at, :rotated_at, :revoked_at)
                        """.formatted(COLUMNS))
                .bind("token_hash", token.tokenHash())
                .bind("user_id", token.userId().value())
                .bind("family_id", token.familyId())
                .bind("issued_at", utc(token.issuedAt()))
                .bind("expires_at", utc(token.expiresAt()))
                .bindByType("rotated_at", utcOrNull(token.rotatedAt()), OffsetDateTime.class)
                .bindByType("revoked_at", utcOrNull(token.revokedAt()), OffsetDateTime.class)
                .execute());
    }

    @Override
    public Option<RefreshToken> byHash(String tokenHash) {
        return Option.ofOptional(transactions.inDirectory(handle -> handle
                .createQuery("select " + COLUMNS + " from refresh_tokens where token_hash = :token_hash")
                .bind("token_hash", tokenHash)
                .map(PostgresRefreshTokenStore::token)
                .findOne()));
    }

    /**
     * The condition sits in the update itself: of two racing updates the second waits for the
     * first's row lock, then finds rotated_at set and changes no row. Its count is the answer.
     */
    @Override
    public boolean markRotated(String tokenHash, Instant at) {
        return transactions.inDirectory(handle -> handle.createUpdate("""
                        update refresh_tokens set rotated_at = :at
                        where token_hash = :token_hash and rotated_at is null and revoked_at is null
                        """)
                .bind("token_hash", tokenHash)
                .bind("at", utc(at))
                .execute()) == 1;
    }

    @Override
    public void revokeFamily(UUID familyId, Instant at) {
        transactions.inDirectory(handle -> handle.createUpdate(
                        "update refresh_tokens set revoked_at = :at where family_id = :family_id and revoked_at is null")
                .bind("family_id", familyId)
                .bind("at", utc(at))
                .execute());
    }

    @Override
    public void revokeAllOf(UserId user, Instant at) {
        transactions.inDirectory(handle -> handle.createUpdate(
                        "update refresh_tokens set revoked_at = :at where user_id = :user_id and revoked_at is null")
                .bind("user_id", user.value())
                .bind("at", utc(at))
                .execute());
    }

    private static RefreshToken token(ResultSet row, StatementContext context) throws SQLException {
        return new RefreshToken(
                row.getString("token_hash"),
                new UserId(row.getObject("user_id", UUID.class)),
                row.getObject("family_id", UUID.class),
                instant(row, "issued_at"),
                instant(row, "expires_at"),
                optionalInstant(row, "rotated_at"),
                optionalInstant(row, "revoked_at"));
    }
}
