package net.adtelligent.adapters.postgres;

import net.adtelligent.ports.out.FactStores;
import net.adtelligent.ports.out.Stores;
import net.adtelligent.ports.out.UnitOfWork;
import net.adtelligent.testing.AlertsContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The AlertsContract on a real database and its transactions: alerts, memberships and the audit in
 * PostgreSQL; the sync runs in memory until their PostgreSQL store exists.
 */
class PostgresAlertsTest extends AlertsContract {

    @RegisterExtension
    static final ClassDatabase DATABASE = new ClassDatabase();

    @Override
    protected Stores stores() {
        return DATABASE.get().stores();
    }

    @Override
    protected FactStores facts() {
        return DATABASE.get().factStores();
    }

    @Override
    protected UnitOfWork unitOfWork() {
        return DATABASE.get().unitOfWork();
    }
}
