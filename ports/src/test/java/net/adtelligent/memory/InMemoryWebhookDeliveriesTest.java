package net.adtelligent.memory;

import net.adtelligent.ports.out.UnitOfWork;
import net.adtelligent.ports.out.WebhookDeliveries;
import net.adtelligent.ports.out.WebhookDeliveriesContract;

/** The shared WebhookDeliveries contract in memory. */
class InMemoryWebhookDeliveriesTest extends WebhookDeliveriesContract {

    private final InMemoryWebhookDeliveries deliveries = new InMemoryWebhookDeliveries();
    private final UnitOfWork units = InMemoryStores.unitOfWork();

    @Override
    protected WebhookDeliveries deliveries() {
        return deliveries;
    }

    @Override
    protected UnitOfWork units() {
        return units;
    }
}
