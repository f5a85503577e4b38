package net.adtelligent.adapters.postgres;

import net.adtelligent.ports.out.UnitOfWork;
import net.adtelligent.ports.out.WebhookDeliveries;
import net.adtelligent.ports.out.WebhookDeliveriesContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The shared WebhookDeliveries contract on a real database, deliveries racing included. */
class PostgresWebhookDeliveriesTest extends WebhookDeliveriesContract {

    @RegisterExtension
    static final ClassDatabase DATABASE = new ClassDatabase();

    @Override
    protected WebhookDeliveries deliveries() {
        return DATABASE.get().webhookDeliveries();
    }

    @Override
    protected UnitOfWork units() {
        return DATABASE.get().unitOfWork();
    }
}
