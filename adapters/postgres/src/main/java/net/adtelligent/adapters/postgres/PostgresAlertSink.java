package net.adtelligent.adapters.postgres;

import java.util.Objects;
import net.adtelligent.ports.out.AlertSink;
import org.jdbi.v3.core.statement.Update;

/**
 * Alerts as rows for someone to list and act on (V11): a tenant's in alerts, in its tenant's
 * transaction, row-level-secured like every tenant-scoped table; those of no tenant in
 * system_alerts, a directory table, like the audit log's account events. One table with a
 * nullable tenant would need policies of its own for the rows of nobody. The service may add and
 * read alerts, not change them.
 */
final class PostgresAlertSink implements AlertSink {

    private static final String FIELDS = "kind, message, raised_at";
    private static final String VALUES = ":kind, :message, :raised_at";

    private final Transactions transactions;

    PostgresAlertSink(Transactions transactions) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    @Override
    public void raise(Alert alert) {
        Objects.requireNonNull(alert, "alert");
        if (alert.tenant().isDefined()) {
            transactions.inTenant(alert.tenant().get(), handle -> insert(handle.createUpdate(
                    "insert into alerts (tenant_id, " + FIELDS + ") values (:tenant_id, " + VALUES + ")"), alert)
                    .bind("tenant_id", alert.tenant().get().value())
                    .execute());
        } else {
            transactions.inDirectory(handle -> insert(handle.createUpdate(
                    "insert into system_alerts (" + FIELDS + ") values (" + VALUES + ")"), alert)
                    .execute());
        }
    }

    private static Update insert(Update insert, Alert alert) {
        return insert
                .bind("kind", alert.kind())
                .bind("message", alert.message())
                .bind("raised_at", Timestamps.utc(alert.at()));
    }
}
