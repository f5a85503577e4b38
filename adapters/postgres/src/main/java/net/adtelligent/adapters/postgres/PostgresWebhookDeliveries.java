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
}
