package net.adtelligent.adapters.postgres;

import io.vavr.control.Option;
import com.zaxxer.hikari.pool.HikariPool.PoolInitializationException;
import java.util.Objects;
import java.util.function.Supplier;
import net.adtelligent.domain.identity.UserId;
import net.adtelligent.domain.tenant.TenantId;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/**
 * How the stores talk to the database. Each call is one transaction on a pooled connection, which
 * runs as the application role, so row-level security decides what it sees; inside a unit of work
 * ({@link #unit}) on the same thread, every call joins the unit's one transaction instead.
 *
 * <p>{@link #inTenant} names the tenant for the policies with {@code set_config(..., true)}: the
 * setting is local to the transaction and gone after commit or rollback, so a pooled connection
 * never carries one tenant's identity into the next caller's work. Inside a unit the first tenant
 * named binds the unit, and a call for another tenant throws: a transaction never switches tenants
 * half-way. {@link #inDirectory} is for tables that are not tenant-scoped (the tenants directory
 * itself). {@link #asUser} names a user the same way, for the few policies that let a user see
 * their own rows across tenants (their memberships); inside a unit only for that one call.
 */
final class Transactions implements UnitScope {

    private final Jdbi jdbi;
    private final ThreadLocal<OpenUnit> open = new ThreadLocal<>();
    private final String endpoint;

    /** {@code endpoint}: host:port/database, named when the database is unavailable. */
    Transactions(Jdbi jdbi, String endpoint) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
        this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
    }

    /** Runs {@code work} in one transaction, committed when it returns, rolled back when it throws. */
    <R> R unit(Option<TenantId> tenant, Supplier<R> work) {
        OpenUnit current = open.get();
        if (current != null) {
            current.bind(tenant);
            return work.get();
        }
        OpenUnit unit = new OpenUnit(jdbi, tenant);
        open.set(unit);
        try {
            R result = work.get();
            unit.commit();
            return result;
        } catch (JdbiException | PoolInitializationException failure) {
            unit.rollBack(failure);
            throw translated(failure);
        } catch (RuntimeException | Error failure) {
            unit.rollBack(failure);
            throw failure;
        } finally {
            open.remove();
            unit.end();
        }
    }

    <R, X extends Exception> R inTenant(TenantId tenant, HandleCallback<R, X> work) throws X {
        Objects.requireNonNull(tenant, "tenant");
        OpenUnit current = open.get();
        if (current != null) {
            current.bind(Option.of(tenant));
            return work.withHandle(current.handle());
        }
        return inNewTransaction(handle -> {
            nameTenant(handle, tenant);
            return work.withHandle(handle);
        });
    }

    <R, X extends Exception> R asUser(UserId user, HandleCallback<R, X> work) throws X {
        Objects.requireNonNull(user, "user");
        OpenUnit current = open.get();
        if (current == null) {
            return inNewTransaction(handle -> {
                nameUser(handle, user.value().toString());
                return work.withHandle(handle);
            });
        }
        Handle handle = current.handle();
        nameUser(handle, user.value().toString());
        try {
            return work.withHandle(handle);
        } finally {
            nameUser(handle, ""); // the rest of the unit sees no user's rows of other tenants
        }
    }

    <R, X extends Exception> R inDirectory(HandleCallback<R, X> work) throws X {
        OpenUnit current = open.get();
        return current != null ? work.withHandle(current.handle()) : inNewTransaction(work);
    }

    @Override
    public boolean inUnit() {
        return open.get() != null;
    }

    @Override
    public void afterUnit(Runnable step) {
        OpenUnit current = open.get();
        if (current == null) {
            step.run();
        } else {
            current.afterEnd(step);
        }
    }

    static void nameTenant(Handle handle, TenantId tenant) {
        handle.createQuery("select set_config('app.tenant_id', :tenant_id, true)")
                .bind("tenant_id", tenant.value().toString())
                .mapTo(String.class)
                .one();
    }

    private static void nameUser(Handle handle, String user) {
        handle.createQuery("select set_config('app.user_id', :user_id, true)")
                .bind("user_id", user)
                .mapTo(String.class)
                .one();
    }

    // Outside a unit, JDBI would join a transaction already open on this thread (a store called from
    // inside a callback); that would bypass the unit's tenant check, so it is refused.
    private <R, X extends Exception> R inNewTransaction(HandleCallback<R, X> work) throws X {
        try {
            return jdbi.withHandle(handle -> {
                if (handle.isInTransaction()) {
                    throw new IllegalStateException("a store called inside a transaction callback: use a unit of work");
                }
                return handle.inTransaction(work);
            });
        } catch (JdbiException | PoolInitializationException failure) {
            throw translated(failure);
        }
    }

    // JDBI's and the driver's exceptions stop here: callers see only this adapter's own. Hikari
    // starts its pool with the first call and says so with its own exception.
    private RuntimeException translated(Throwable failure) {
        return PostgresFailures.translate(endpoint, failure);
    }
}
