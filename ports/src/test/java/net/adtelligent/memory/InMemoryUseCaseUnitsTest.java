package net.adtelligent.memory;

import net.adtelligent.ports.out.FactStores;
import net.adtelligent.ports.out.Stores;
import net.adtelligent.ports.out.UnitOfWork;
import net.adtelligent.testing.UseCaseUnitsContract;

/** The UseCaseUnitsContract on the in-memory stores and their unit of work. */
class InMemoryUseCaseUnitsTest extends UseCaseUnitsContract {

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
        return InMemoryStores.unitOfWork();
    }
}
