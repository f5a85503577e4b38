package net.adtelligent.adapters.postgres;

import static net.adtelligent.adapters.postgres.Timestamps.instant;
import static net.adtelligent.adapters.postgres.Timestamps.utc;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import net.adtelligent.ports.out.LoginAttempts;

/**
 * Login attempts in {@code login_attempts}, shared by every instance on this database. An attempt
 * is one upsert whose condition sits in the statement: concurrent attempts on a key wait for each
 * other's row lock and each sees the count the one before left, so no two get the same slot.
 */
final class PostgresLoginAttempts implements LoginAttempts {

    // The count after this attempt, as the update computes it twice (for the count and its pause).
    private static final String NEXT_COUNT = "case when a.forget_at <= :now then 1 else a.attempts + 1 end";

    private static final String ATTEMPT = """
            insert into login_attempts as a (key, attempts, next_at, forget_at)
            values (:key, 1, :now + (cast(:pauses as bigint[]))[1] * interval '1 millisecond', :forget_at)
            on conflict (key) do update set
                attempts = %1$s,
                next_at = :now + (cast(:pauses as bigint[]))[least(%1$s, cardinality(cast(:pauses as bigint[])))]
                                 * interval '1 millisecond',
                forget_at = excluded.forget_at
            where a.forget_at <= :now or a.next_at <= :now
            returning attempts, next_at
            """.formatted(NEXT_COUNT);

    private final Transactions transactions;

    PostgresLoginAttempts(Transactions transactions) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    @Override
    public Attempt attempt(String key, Instant now, Pacing pacing) {
        var pauses = pacing.pauses().stream().map(Duration::toMillis).toList();
        return transactions.inDirectory(handle -> {
            Optional<Attempt> counted = handle.createQuery(ATTEMPT)
                    .bind("key", key)
                    .bind("now", utc(now))
                    .bindArray("pauses", Long.class, pauses)
                    .bind("forget_at", utc(now.plus(pacing.forgetAfter())))
                    .map((row, context) -> Attempt.counted(row.getInt("attempts"), instant(row, "next_at")))
                    .findOne();
            if (counted.isPresent()) {
                return counted.get();
            }
            // Paused: the row holds when it may come again (cleared meanwhile: at once).
            return handle.createQuery("select attempts, next_at from login_attempts where key = :key")
                    .bind("key", key)
                    .map((row, context) -> Attempt.refused(row.getInt("attempts"), instant(row, "next_at")))
                    .findOne()
                    .orElse(Attempt.refused(0, now));
        });
    }

    @Override
    public int count(String key, Instant now) {
        return transactions.inDirectory(handle -> handle
                .createQuery("select attempts from login_attempts where key = :key and forget_at > :now")
                .bind("key", key)
                .bind("now", utc(now))
                .mapTo(Integer.class)
                .findOne()
                .orElse(0));
    }

    @Override
    public void clear(String key) {
        transactions.inDirectory(handle -> handle.createUpdate("delete from login_attempts where key = :key")
                .bind("key", key)
                .execute());
    }

    @Override
    public int removeForgotten(Instant now) {
        return transactions.inDirectory(handle -> handle
                .createUpdate("delete from login_attempts where forget_at <= :now")
                .bind("now", utc(now))
                .execute());
    }
}
