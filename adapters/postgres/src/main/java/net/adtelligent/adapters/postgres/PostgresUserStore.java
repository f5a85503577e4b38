package net.adtelligent.adapters.postgres;

import static net.adtelligent.adapters.postgres.Timestamps.instant;
import static net.adtelligent.adapters.postgres.Timestamps.utc;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import net.adtelligent.domain.identity.Email;
import net.adtelligent.domain.identity.IdentityRejection;
import net.adtelligent.domain.identity.PasswordHash;
import net.adtelligent.domain.identity.User;
import net.adtelligent.domain.identity.UserId;
import net.adtelligent.domain.identity.UserStatus;
import net.adtelligent.ports.out.UserStore;
import org.jdbi.v3.core.statement.StatementContext;

/** Accounts. A directory table: people log in before any tenant is named, and belong to many. */
final class PostgresUserStore implements UserStore {

    private static final String COLUMNS = "id, email, password_hash, status, created_at, updated_at";

    private final Transactions transactions;
    private final RecentReads<UserId, Option<User>> recent;

    PostgresUserStore(Transactions transactions, RecentReads<UserId, Option<User>> recent) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.recent = Objects.requireNonNull(recent, "recent");
    }

    /** As for tenants: "on conflict do nothing" settles a race on one email without an exception. */
    @Override
    public Either<IdentityRejection.EmailTaken, User> add(User user) {
        int inserted = transactions.inDirectory(handle -> handle.createUpdate("""
                        insert into users (%s)
                        values (:id, :email, :password_hash, :status, :created_at, :updated_at)
                        on conflict (email) do nothing
                        """.formatted(COLUMNS))
                .bind("id", user.id().value())
                .bind("email", user.email().value())
                .bind("password_hash", user.passwordHash().encoded())
                .bind("status", user.status().wireName())
                .bind("created_at", utc(user.createdAt()))
                .bind("updated_at", utc(user.updatedAt()))
                .execute());
        recent.forget(user.id());
        return inserted == 1 ? Either.right(user) : Either.left(new IdentityRejection.EmailTaken(user.email()));
    }

    @Override
    public Option<User> byId(UserId id) {
        return recent.get(id);
    }

    /** The lookup {@link #byId} keeps for a moment; the database builds its {@link RecentReads} with it. */
    static Option<User> read(Transactions transactions, UserId id) {
        return Option.ofOptional(transactions.inDirectory(handle -> handle
                .createQuery("select " + COLUMNS + " from users where id = :id")
                .bind("id", id.value())
                .map(PostgresUserStore::user)
                .findOne()));
    }

    @Override
    public Option<User> byEmail(Email email) {
        return Option.ofOptional(transactions.inDirectory(handle -> handle
                .createQuery("select " + COLUMNS + " from users where email = :email")
                .bind("email", email.value())
                .map(PostgresUserStore::user)
                .findOne()));
    }

    /** Password and status; the email is fixed, changing it here would slip past add's uniqueness. */
    @Override
    public void replace(User user) {
        int updated = transactions.inDirectory(handle -> handle.createUpdate("""
                        update users
                        set password_hash = :password_hash, status = :status, updated_at = :updated_at
                        where id = :id and email = :email
                        """)
                .bind("id", user.id().value())
                .bind("email", user.email().value())
                .bind("password_hash", user.passwordHash().encoded())
                .bind("status", user.status().wireName())
                .bind("updated_at", utc(user.updatedAt()))
                .execute());
        recent.forget(user.id());
        if (updated != 1) {
            throw new IllegalArgumentException("no stored user " + user.id() + " with that email");
        }
    }

    private static User user(ResultSet row, StatementContext context) throws SQLException {
        return new User(
                new UserId(row.getObject("id", UUID.class)),
                new Email(row.getString("email")),
                new PasswordHash(row.getString("password_hash")),
                UserStatus.valueOf(row.getString("status").toUpperCase(Locale.ROOT)),
                instant(row, "created_at"),
                instant(row, "updated_at"));
    }
}
