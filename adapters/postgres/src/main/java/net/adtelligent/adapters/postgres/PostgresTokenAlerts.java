package net.adtelligent.adapters.postgres;

import java.time.Instant;
import java.util.Objects;
import net.adtelligent.domain.connection.ConnectionId;
import net.adtelligent.domain.tenant.TenantId;
import net.adtelligent.ports.out.TokenAlerts;

/** Token alerts raised, in token_alerts (V23): the primary key makes each episode's alert once, across instances. */
final class PostgresTokenAlerts implements TokenAlerts {

    private final Transactions transactions;

    PostgresTokenAlerts(Transactions transactions) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    @Override
    public boolean firstOf(TenantId tenant, ConnectionId connection, String kind, Instant episode) {
        return transactions.inTenant(tenant, handle -> handle.createUpdate("""
                        insert into token_alerts (tenant_id, connection_id, kind, episode)
                        values (:tenant_id, :connection_id, :kind, :episode)
                        on conflict do nothing
                        """)
                .bind("tenant_id", tenant.value())
                .bind("connection_id", connection.value())
                .bind("kind", kind)
                .bind("episode", Timestamps.utc(episode))
                .execute()) == 1;
    }
}
