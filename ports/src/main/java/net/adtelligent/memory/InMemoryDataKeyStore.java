package net.adtelligent.memory;

import io.vavr.control.Option;
import java.time.Instant;
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
    private final Map<Key, Instant> since = new ConcurrentHashMap<>();

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
                Undo.remember(since, at);
                current.put(at, key);
                since.put(at, Instant.now());
            }
            return current.get(at);
        }
    }

    @Override
    public void addVersion(TenantId tenant, SecretPurpose purpose, WrappedDataKey key) {
        Objects.requireNonNull(key, "key");
        Key at = new Key(tenant, purpose);
        synchronized (current) {
            int next = Option.of(current.get(at)).map(WrappedDataKey::version).getOrElse(0) + 1;
            if (key.version() != next) {
                throw new IllegalStateException("the next data key of tenant " + tenant + " for " + purpose.label()
                        + " is version " + next + ", not " + key.version());
            }
            Undo.remember(current, at);
            Undo.remember(since, at);
            current.put(at, key);
            since.put(at, Instant.now());
        }
    }

    @Override
    public void rewrap(TenantId tenant, SecretPurpose purpose, WrappedDataKey key) {
        Objects.requireNonNull(key, "key");
        Key at = new Key(tenant, purpose);
        synchronized (current) {
            WrappedDataKey known = current.get(at);
            // Only the current version is kept here: older ones live on in the secrets they sealed.
            if (known != null && known.version() == key.version()) {
                Undo.remember(current, at);
                current.put(at, key);
            } else if (known == null || known.version() < key.version()) {
                throw new IllegalStateException("no data key version " + key.version() + " of tenant " + tenant);
            }
        }
    }

    @Override
    public Option<Instant> currentSince(TenantId tenant, SecretPurpose purpose) {
        return Option.of(since.get(new Key(tenant, purpose)));
    }
}
