package net.adtelligent.ports.out;

import io.vavr.control.Either;
import java.util.function.Supplier;
import net.adtelligent.domain.tenant.TenantId;

/**
 * One use case's writes, all or nothing. Store calls made by the work on the same thread join the
 * unit: when the work throws, nothing it wrote through the stores is kept. A unit belongs to at most
 * one tenant: a store call or a nested unit for another tenant is refused (never switched half-way);
 * tables that belong to no tenant (the tenants directory, accounts) may be used in any unit.
 * A nested unit joins the open one, so a use case may call another.
 *
 * <p>Whatever leaves the process (mail, files) is done after the unit returns: a rolled-back unit
 * must not have announced anything, and a slow mail server must not hold a database connection.
 */
public interface UnitOfWork {

    /** Runs {@code work} in a unit of {@code tenant}; commits when it returns, undoes everything when it throws. */
    <R> R inTenant(TenantId tenant, Supplier<R> work);

    /**
     * Runs {@code work} in a unit not yet bound to a tenant: the first tenant-scoped store call binds
     * it, for use cases that learn their tenant on the way (registering one, accepting an invitation).
     */
    <R> R inSystem(Supplier<R> work);

    /**
     * As {@link #inSystem}, and a {@code Left} undoes the writes too: for a use case that may refuse
     * after it has written (an invitation spent, then the account turns out to be taken).
     */
    default <L, R> Either<L, R> decide(Supplier<Either<L, R>> work) {
        try {
            return inSystem(() -> {
                Either<L, R> outcome = work.get();
                if (outcome.isLeft()) {
                    throw new Refused(outcome);
                }
                return outcome;
            });
        } catch (Refused refused) {
            @SuppressWarnings("unchecked")
            Either<L, R> outcome = (Either<L, R>) refused.outcome;
            return outcome;
        }
    }

    /**
     * No unit at all: each store call keeps what it wrote at once. The default of the embedding
     * facade, for stores that offer no unit of work; the in-memory and PostgreSQL stores do.
     */
    static UnitOfWork eachCallAlone() {
        return EachCallAlone.INSTANCE;
    }

    /** Carries a refusal out of the unit so it rolls back; never seen outside {@link #decide}. */
    final class Refused extends RuntimeException {

        private final transient Either<?, ?> outcome;

        private Refused(Either<?, ?> outcome) {
            super("the use case refused; its writes are undone", null, false, false);
            this.outcome = outcome;
        }
    }
}
