package net.adtelligent.memory;

import io.vavr.control.Option;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import net.adtelligent.domain.tenant.TenantId;
import net.adtelligent.ports.out.UnitOfWork;

/**
 * Units of work over the in-memory stores. One unit runs at a time (a lock held for the whole
 * unit), so two use cases never interleave: counting owners and then demoting one is safe. A unit
 * that throws is undone from the journal every store writes to ({@link Undo}).
 */
final class InMemoryUnitOfWork implements UnitOfWork {

    private final ReentrantLock oneAtATime = new ReentrantLock();

    @Override
    public <R> R inTenant(TenantId tenant, Supplier<R> work) {
        return run(Option.of(Objects.requireNonNull(tenant, "tenant")), work);
    }

    @Override
    public <R> R inSystem(Supplier<R> work) {
        return run(Option.none(), work);
    }

    private <R> R run(Option<TenantId> tenant, Supplier<R> work) {
        Objects.requireNonNull(work, "work");
        Option<Undo> open = Undo.open();
        if (open.isDefined()) {
            open.get().join(tenant);
            return work.get();
        }
        oneAtATime.lock();
        Undo unit = Undo.begin(tenant);
        try {
            return work.get();
        } catch (RuntimeException | Error failure) {
            unit.rollBack();
            throw failure;
        } finally {
            unit.end();
            oneAtATime.unlock();
        }
    }
}
