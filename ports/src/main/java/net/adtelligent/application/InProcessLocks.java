package net.adtelligent.application;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import net.adtelligent.domain.connection.ConnectionId;
import net.adtelligent.ports.out.ProvisioningLocks;

/** The builder's default provisioning locks: this process's alone, right for one instance. */
final class InProcessLocks implements ProvisioningLocks {

    private final Map<ConnectionId, ReentrantLock> locks = new ConcurrentHashMap<>();

    @Override
    public <T> T holding(ConnectionId connection, Supplier<T> work) {
        ReentrantLock lock = locks.computeIfAbsent(connection, id -> new ReentrantLock());
        lock.lock();
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }
}
