package net.adtelligent.bootstrap;

import net.adtelligent.memory.InMemoryStores;
import net.adtelligent.ports.out.FactStores;
import net.adtelligent.ports.out.Stores;
import net.adtelligent.ports.out.UnitOfWork;

/** The Airbyte provisioning round trips on the in-memory stores. */
class InMemoryAirbyteProvisioningTest extends AirbyteProvisioningContract {

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
