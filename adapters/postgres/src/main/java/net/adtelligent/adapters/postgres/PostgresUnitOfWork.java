package net.adtelligent.adapters.postgres;

import io.vavr.control.Option;
import java.util.Objects;
import java.util.function.Supplier;
import net.adtelligent.domain.tenant.TenantId;
import net.adtelligent.ports.out.UnitOfWork;

/** Units of work as PostgreSQL transactions: every store of the same database joins the one open on its thread. */
final class PostgresUnitOfWork implements UnitOfWork {

    private final Transactions transactions;

    PostgresUnitOfWork(Transactions transactions) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    @Override
    public <R> R inTenant(TenantId tenant, Supplier<R> work) {
        return transactions.unit(Option.of(Objects.requireNonNull(tenant, "tenant")), work);
    }

    @Override
    public <R> R inSystem(Supplier<R> work) {
        return transactions.unit(Option.none(), work);
    }
}
