package net.adtelligent.memory;

import net.adtelligent.ports.out.FactStores;
import net.adtelligent.ports.out.Stores;
import net.adtelligent.ports.out.UnitOfWork;
import net.adtelligent.testing.AlertsContract;

/** The AlertsContract on the in-memory stores and their units of work. */
class InMemoryAlertsTest extends AlertsContract {

    private final UnitOfWork units = InMemoryStores.unitOfWork();

    @Override
    protected Stores stores() {
        return InMemoryStores.create();
    }

    @Override
    protected FactStores facts() {
        return InMemoryStores.facts();
    }

    @Override
    protected UnitOfWork unitOfWork() {
        return units;
    }
}
