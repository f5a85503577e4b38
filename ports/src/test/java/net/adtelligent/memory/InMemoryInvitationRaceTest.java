package net.adtelligent.memory;

import net.adtelligent.ports.out.FactStores;
import net.adtelligent.ports.out.Stores;
import net.adtelligent.ports.out.UnitOfWork;
import net.adtelligent.testing.InvitationRaceContract;

/** The InvitationRaceContract on the in-memory stores and their unit of work. */
class InMemoryInvitationRaceTest extends InvitationRaceContract {

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
