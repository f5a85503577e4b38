package net.adtelligent.adapters.postgres;

import com.zaxxer.hikari.pool.HikariPool.PoolInitializationException;
import java.util.Objects;
import net.adtelligent.domain.identity.UserId;
import net.adtelligent.domain.tenant.TenantId;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/**
 * How the stores talk to the database. Each call is one transaction on a pooled
 * connection, which runs as the application role, so row-level security decides what it sees.
 *
 * <p>{@link #inTenant} names the tenant for the policies with {@code set_config(..., true)}: the
 * setting is local to the transaction and gone after commit or rollback, so a pooled connection
 * never carries one tenant's identity into the next caller's work. {@link #inDirectory} is for
 * tables that are not tenant-scoped (the tenants directory itself); tenant-scoped tables show it
 * no rows at all. {@link #asUser} names a user the same way, for the few policies that let a user
 * see their own rows across tenants (their memberships).
 */
final class Transactions {

    private final Jdbi jdbi;
    private final String endpoint;

    /** {@code endpoint}: host:port/database, named when the database is unavailable. */
    Transactions(Jdbi jdbi, String endpoint) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
        this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
    }

    <R, X extends Exception> R inTenant(TenantId tenant, HandleCallback<R, X> work) throws X {
        Objects.requireNonNull(tenant, "tenant");
        return inNewTransaction(handle -> {
            handle.createQuery("select set_config('app.tenant_id', :tenant_id, true)")
                    .bind("tenant_id", tenant.value().toString())
                    .mapTo(String.class)
                    .one();
            return work.withHandle(handle);
        });
    }

    <R, X extends Exception> R asUser(UserId user, HandleCallback<R, X> work) throws X {
        Objects.requireNonNull(user, "user");
        return inNewTransaction(handle -> {
            handle.createQuery("select set_config('app.user_id', :user_id, true)")
                    .bind("user_id", user.value().toString())
                    .mapTo(String.class)
                    .one();
            return work.withHandle(handle);
        });
    }

    <R, X extends Exception> R inDirectory(HandleCallback<R, X> work) throws X {
        return inNewTransaction(work);
    }

    // JDBI joins an enclosing transaction on the same thread instead of starting one. Joining
    // would let an inner inTenant switch the tenant of the outer work half-way, so refuse it.
    // JDBI's and the driver's exceptions stop here: callers see only this adapter's own.
    private <R, X extends Exception> R inNewTransaction(HandleCallback<R, X> work) throws X {
        try {
            return jdbi.withHandle(handle -> {
                if (handle.isInTransaction()) {
                    throw new IllegalStateException("tenant, user and directory transactions do not nest");
                }
                return handle.inTransaction(work);
            });
        } catch (JdbiException | PoolInitializationException failure) {
            // Hikari starts its pool with the first call and says so with its own exception.
            throw PostgresFailures.translate(endpoint, failure);
        }
    }
}
