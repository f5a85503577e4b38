package net.adtelligent.adapters.postgres;

import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.List;
import net.adtelligent.domain.tenant.TenantId;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * A unit of work open on one thread: one transaction, begun with the first statement (work that
 * only hashes a password holds no connection), bound to at most one tenant. The tenant is named to
 * the policies when it is first known, and can never change afterwards.
 */
final class OpenUnit {

    private final Jdbi jdbi;
    private final List<Runnable> afterEnd = new ArrayList<>();
    private Option<TenantId> tenant;
    private Handle handle;

    OpenUnit(Jdbi jdbi, Option<TenantId> tenant) {
        this.jdbi = jdbi;
        this.tenant = tenant;
    }

    /** Work for {@code wanted} joins this unit; work for another tenant is refused, never switched to. */
    void bind(Option<TenantId> wanted) {
        if (wanted.isEmpty() || tenant.equals(wanted)) {
            return;
        }
        if (tenant.isDefined()) {
            throw new IllegalStateException("a unit of work of tenant " + tenant.get()
                    + " cannot work in tenant " + wanted.get() + ": units never switch tenants");
        }
        tenant = wanted;
        if (handle != null) {
            Transactions.nameTenant(handle, wanted.get());
        }
    }

    Handle handle() {
        if (handle == null) {
            Handle opened = jdbi.open();
            try {
                opened.begin();
                tenant.forEach(named -> Transactions.nameTenant(opened, named));
            } catch (RuntimeException failure) {
                opened.close();
                throw failure;
            }
            handle = opened;
        }
        return handle;
    }

    /** Runs {@code step} once the unit has ended, committed or rolled back. */
    void afterEnd(Runnable step) {
        afterEnd.add(step);
    }

    void commit() {
        if (handle != null) {
            handle.commit();
        }
    }

    void rollBack(Throwable cause) {
        if (handle != null) {
            try {
                handle.rollback();
            } catch (RuntimeException failure) {
                cause.addSuppressed(failure);
            }
        }
    }

    void end() {
        try {
            if (handle != null) {
                handle.close();
            }
        } finally {
            afterEnd.forEach(Runnable::run);
        }
    }
}
