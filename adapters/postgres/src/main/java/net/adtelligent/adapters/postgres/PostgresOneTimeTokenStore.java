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
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import net.adtelligent.domain.identity.OneTimeToken;
import net.adtelligent.domain.identity.UserId;
import net.adtelligent.ports.out.OneTimeTokenStore;
import org.jdbi.v3.core.statement.StatementContext;

/** One-time tokens by hash. A user's, not a tenant's: a password is reset before anyone logs in. */
final class PostgresOneTimeTokenStore implements OneTimeTokenStore {

    private static final String COLUMNS = "token_hash, purpose, user_id, issued_at, expires_at, used_at";
    private static final String USABLE =
            "token_hash = :token_hash and purpose = :purpose and used_at is null and :now < expires_at";

    private final Transactions transactions;

    PostgresOneTimeTokenStore(Transactions transactions) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    @Override
    public void add(OneTimeToken token) {
        transactions.inDirectory(handle -> handle.createUpdate("""
                        insert into one_time_tokens (%s)
                        values (:token_hash, :purpose, :user_id, :issued_at, :expires_at, :used_at)
                        """.formatted(COLUMNS))
                .bind("token_hash", token.tokenHash())
                .bind("purpose", wireName(token.purpose()))
                .bind("user_id", token.userId().value())
                .bind("issued_at", utc(token.issuedAt()))
                .bind("expires_at", utc(token.expiresAt()))
                .bindByType("used_at", utcOrNull(token.usedAt()), OffsetDateTime.class)
                .execute());
    }

    @Override
    public Option<OneTimeToken> find(String tokenHash, OneTimeToken.Purpose purpose, Instant now) {
        return Option.ofOptional(transactions.inDirectory(handle -> handle
                .createQuery("select " + COLUMNS + " from one_time_tokens where " + USABLE)
                .bind("token_hash", tokenHash)
                .bind("purpose", wireName(purpose))
                .bind("now", utc(now))
                .map(PostgresOneTimeTokenStore::token)
                .findOne()));
    }

    /** Checked and used in one statement: a racing second use waits for the row, then finds it used. */
    @Override
    public Option<OneTimeToken> use(String tokenHash, OneTimeToken.Purpose purpose, Instant now) {
        return Option.ofOptional(transactions.inDirectory(handle -> handle
                .createQuery("update one_time_tokens set used_at = :now where " + USABLE + " returning " + COLUMNS)
                .bind("token_hash", tokenHash)
                .bind("purpose", wireName(purpose))
                .bind("now", utc(now))
                .map(PostgresOneTimeTokenStore::token)
                .findOne()));
    }

    @Override
    public void revokeAllOf(UserId user, OneTimeToken.Purpose purpose, Instant now) {
        transactions.inDirectory(handle -> handle.createUpdate(
                        "update one_time_tokens set used_at = :now where user_id = :user_id and purpose = :purpose"
                                + " and used_at is null")
                .bind("user_id", user.value())
                .bind("purpose", wireName(purpose))
                .bind("now", utc(now))
                .execute());
    }

    private static String wireName(OneTimeToken.Purpose purpose) {
        return purpose.name().toLowerCase(Locale.ROOT);
    }

    private static OneTimeToken token(ResultSet row, StatementContext context) throws SQLException {
        return new OneTimeToken(
                row.getString("token_hash"),
                OneTimeToken.Purpose.valueOf(row.getString("purpose").toUpperCase(Locale.ROOT)),
                new UserId(row.getObject("user_id", UUID.class)),
                instant(row, "issued_at"),
                instant(row, "expires_at"),
                optionalInstant(row, "used_at"));
    }
}
