package net.adtelligent.memory;

import io.vavr.control.Option;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import net.adtelligent.domain.secret.SecretPurpose;
import net.adtelligent.domain.tenant.TenantId;
import net.adtelligent.ports.out.DataKeyStore;

/** Data keys in memory, lost when the JVM stops (and with them every secret they sealed). Thread-safe. */
public final class InMemoryDataKeyStore implements DataKeyStore {

    private record Key(TenantId tenant, SecretPurpose purpose) {
        Key {
            Objects.requireNonNull(tenant, "tenant");
            Objects.requireNonNull(purpose, "purpose");
        }
    }

    private final Map<Key, WrappedDataKey> current = new ConcurrentHashMap<>();

    @Override
    public Option<WrappedDataKey> current(TenantId tenant, SecretPurpose purpose) {
        return Option.of(current.get(new Key(tenant, purpose)));
    }

    @Override
    public WrappedDataKey createFirst(TenantId tenant, SecretPurpose purpose, WrappedDataKey key) {
        Objects.requireNonNull(key, "key");
        if (key.version() != 1) {
            throw new IllegalArgumentException("a first data key is version 1, not " + key.version());
        }
        Key at = new Key(tenant, purpose);
        // One atomic step: of two racing callers, the second gets the first's key.
        synchronized (current) {
            if (!current.containsKey(at)) {
                Undo.remember(current, at);
                current.put(at, key);
            }
            return current.get(at);
        }
    }
}
