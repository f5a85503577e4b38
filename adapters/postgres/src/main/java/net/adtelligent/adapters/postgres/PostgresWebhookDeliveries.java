package net.adtelligent.adapters.postgres;

import static net.adtelligent.adapters.postgres.Timestamps.utc;

import java.time.Instant;
import java.util.Collection;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import net.adtelligent.ports.out.WebhookDeliveries;

/**
 * Webhook deliveries in {@code webhook_deliveries} (V20), shared by every instance on this
 * database: one insert for the whole list, whose primary key decides which of two deliveries at
 * once is the first; {@code returning} names the rows this statement inserted.
 */
final class PostgresWebhookDeliveries implements WebhookDeliveries {

    private static final String RECORD = """
            insert into webhook_deliveries (airbyte_job_id, outcome, received_at)
            select job, outcome, :received_at
            from unnest(cast(:jobs as bigint[]), cast(:outcomes as text[])) as delivered (job, outcome)
            on conflict (airbyte_job_id, outcome) do nothing
            returning airbyte_job_id, outcome
            """;

    // The oldest rows first, found by the index of V30. No "for update skip locked": it needs the
    // update right V20 revokes, and one scheduled run at a time deletes anyway; a second run at once
    // would wait for the first's short batch, then find those rows gone.
    private static final String FORGET = """
            delete from webhook_deliveries
            where (airbyte_job_id, outcome) in (
                select airbyte_job_id, outcome from webhook_deliveries
                where received_at < :before
                order by received_at
                limit :limit)
            """;

    private final Transactions transactions;

    PostgresWebhookDeliveries(Transactions transactions) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    @Override
    public Set<Delivered> recordNew(Collection<Delivered> deliveries, Instant receivedAt) {
        Objects.requireNonNull(receivedAt, "receivedAt");
        if (deliveries.isEmpty()) {
            return Set.of();
        }
        var jobs = deliveries.stream().map(Delivered::airbyteJobId).toList();
        var outcomes = deliveries.stream().map(delivered -> delivered.outcome().name().toLowerCase(Locale.ROOT)).toList();
        return transactions.inDirectory(handle -> handle.createQuery(RECORD)
                .bindArray("jobs", Long.class, jobs)
                .bindArray("outcomes", String.class, outcomes)
                .bind("received_at", utc(receivedAt))
                .map((row, context) -> new Delivered(row.getLong("airbyte_job_id"),
                        JobOutcome.valueOf(row.getString("outcome").toUpperCase(Locale.ROOT))))
                .collect(Collectors.toUnmodifiableSet()));
    }

    @Override
    public int forgetReceivedBefore(Instant before, int limit) {
        Objects.requireNonNull(before, "before");
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive, was " + limit);
        }
        return transactions.inDirectory(handle -> handle.createUpdate(FORGET)
                .bind("before", utc(before))
                .bind("limit", limit)
                .execute());
    }
}
