package net.adtelligent.adapters.http;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicBoolean;
import net.adtelligent.ports.out.InvitationStore;
import net.adtelligent.ports.out.OutsidePartUnavailableException;
import net.adtelligent.ports.out.Stores;

/** Wraps every store so that, once told to, each call fails like a broken database: with a revealing message. */
public final class FailingStores {

    static final String SECRET = "jdbc:postgresql://db.internal/adt?password=hunter2";

    public final AtomicBoolean failing = new AtomicBoolean(false);
    /** Fail as an outside part that is down (the adapter's own exception) rather than with a defect. */
    public final AtomicBoolean unavailable = new AtomicBoolean(false);

    /** The invitations behind the wrapper, for a test that stores one as an older version left it. */
    public InvitationStore invitations;

    public Stores wrap(Stores healthy) {
        invitations = healthy.invitations();
        return new Stores(wrap(healthy.tenants()), wrap(healthy.users()), wrap(healthy.memberships()),
                wrap(healthy.refreshTokens()), wrap(healthy.oneTimeTokens()), wrap(healthy.invitations()),
                wrap(healthy.auditLog()), wrap(healthy.loginAttempts()),
                wrap(healthy.connections()), wrap(healthy.syncRuns()));
    }

    @SuppressWarnings("unchecked")
    private <T> T wrap(T delegate) {
        Class<?>[] ports = delegate.getClass().getInterfaces();
        return (T) Proxy.newProxyInstance(getClass().getClassLoader(), ports, (proxy, method, args) -> {
            if (unavailable.get()) {
                throw new DatabaseDown("PostgreSQL at " + SECRET + " is unavailable: Connection refused");
            }
            if (failing.get()) {
                throw new IllegalStateException("connection refused: " + SECRET);
            }
            try {
                return method.invoke(delegate, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        });
    }

    /** What a database adapter throws when it cannot reach its server. */
    static final class DatabaseDown extends OutsidePartUnavailableException {

        private static final long serialVersionUID = 1L;

        DatabaseDown(String message) {
            super("database", message, null);
        }
    }
}
