package net.adtelligent.adapters.postgres;

import static net.adtelligent.adapters.postgres.Timestamps.utc;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import net.adtelligent.ports.out.WebhookDeliveries;

/**
 * Webhook deliveries in {@code webhook_deliveries} (V20), shared by every instance on this
 * database: one insert, whose primary key decides which of two deliveries at once is the first.
 */
final class PostgresWebhookDeliveries implements WebhookDeliveries {

    private static final String RECORD = """
            insert into webhook_deliveries (airbyte_job_id, outcome, received_at)
            values (:job, :outcome, :received_at)
            on conflict (airbyte_job_id, outcome) do nothing
            """;

    private final Transactions transactions;

    PostgresWebhookDeliveries(Transactions transactions) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    @Override
    public boolean recordFirst(long airbyteJobId, JobOutcome outcome, Instant receivedAt) {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(receivedAt, "receivedAt");
        return transactions.inDirectory(handle -> handle.createUpdate(RECORD)
                .bind("job", airbyteJobId)
                .bind("outcome", outcome.name().toLowerCase(Locale.ROOT))
                .bind("received_at", utc(receivedAt))
                .execute() == 1);
    }
}
