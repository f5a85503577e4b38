package net.adtelligent.adapters.postgres;

import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;
import net.adtelligent.domain.secret.SecretPurpose;
import net.adtelligent.domain.tenant.TenantId;
import net.adtelligent.ports.out.DataKeyStore;

/** Wrapped data keys in data_keys (V16__data_keys.sql), tenant-scoped; the newest version is current. */
final class PostgresDataKeyStore implements DataKeyStore {

    private static final String CURRENT = """
            select master_key_id, version, wrapped_key from data_keys
            where tenant_id = :tenant_id and purpose = :purpose
            order by version desc limit 1
            """;

    private final Transactions transactions;

    PostgresDataKeyStore(Transactions transactions) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    @Override
    public Option<WrappedDataKey> current(TenantId tenant, SecretPurpose purpose) {
        return transactions.inTenant(tenant, handle -> Option.ofOptional(handle.createQuery(CURRENT)
                .bind("tenant_id", tenant.value())
                .bind("purpose", purpose.label())
                .map((row, context) -> new WrappedDataKey(row.getString("master_key_id"), row.getInt("version"),
                        row.getBytes("wrapped_key")))
                .findOne()));
    }

    /**
     * Two statements: the insert of a racing second caller waits on the first's row, does nothing
     * once it commits, and the select (a statement of its own, so read committed sees that commit)
     * answers the first's key. No unique violation, so it also works inside a unit of work.
     */
    @Override
    public WrappedDataKey createFirst(TenantId tenant, SecretPurpose purpose, WrappedDataKey key) {
        Objects.requireNonNull(key, "key");
        if (key.version() != 1) {
            throw new IllegalArgumentException("a first data key is version 1, not " + key.version());
        }
        transactions.inTenant(tenant, handle -> handle.createUpdate("""
                        insert into data_keys (tenant_id, purpose, version, master_key_id, wrapped_key)
                        values (:tenant_id, :purpose, 1, :master_key_id, :wrapped_key)
                        on conflict (tenant_id, purpose, version) do nothing
                        """)
                .bind("tenant_id", tenant.value())
                .bind("purpose", purpose.label())
                .bind("master_key_id", key.masterKeyId())
                .bind("wrapped_key", key.wrappedKey())
                .execute());
        return current(tenant, purpose).getOrElseThrow(() -> new IllegalStateException(
                "the data key of tenant " + tenant + " for " + purpose.label() + " was stored but cannot be read"));
    }

    /** The insert happens only when the version follows the current one; a racing rotation's insert waits, then conflicts. */
    @Override
    public void addVersion(TenantId tenant, SecretPurpose purpose, WrappedDataKey key) {
        Objects.requireNonNull(key, "key");
        int added = transactions.inTenant(tenant, handle -> handle.createUpdate("""
                        insert into data_keys (tenant_id, purpose, version, master_key_id, wrapped_key)
                        select :tenant_id, :purpose, :version, :master_key_id, :wrapped_key
                        where (select coalesce(max(version), 0) from data_keys
                               where tenant_id = :tenant_id and purpose = :purpose) = :version - 1
                        on conflict (tenant_id, purpose, version) do nothing
                        """)
                .bind("tenant_id", tenant.value())
                .bind("purpose", purpose.label())
                .bind("version", key.version())
                .bind("master_key_id", key.masterKeyId())
                .bind("wrapped_key", key.wrappedKey())
                .execute());
        if (added != 1) {
            throw new IllegalStateException("data key version " + key.version() + " of tenant " + tenant + " for "
                    + purpose.label() + " does not follow the current one (another rotation ran meanwhile?)");
        }
    }

    /** V18__data_key_rewrap.sql lets the service change these two columns, and no other. */
    @Override
    public void rewrap(TenantId tenant, SecretPurpose purpose, WrappedDataKey key) {
        Objects.requireNonNull(key, "key");
        int changed = transactions.inTenant(tenant, handle -> handle.createUpdate("""
                        update data_keys set master_key_id = :master_key_id, wrapped_key = :wrapped_key
                        where tenant_id = :tenant_id and purpose = :purpose and version = :version
                        """)
                .bind("tenant_id", tenant.value())
                .bind("purpose", purpose.label())
                .bind("version", key.version())
                .bind("master_key_id", key.masterKeyId())
                .bind("wrapped_key", key.wrappedKey())
                .execute());
        if (changed != 1) {
            throw new IllegalStateException("no data key version " + key.version() + " of tenant " + tenant);
        }
    }

    @Override
    public Option<Instant> currentSince(TenantId tenant, SecretPurpose purpose) {
        return transactions.inTenant(tenant, handle -> Option.ofOptional(handle.createQuery("""
                        select created_at from data_keys where tenant_id = :tenant_id and purpose = :purpose
                        order by version desc limit 1
                        """)
                .bind("tenant_id", tenant.value())
                .bind("purpose", purpose.label())
                .map((row, context) -> Timestamps.instant(row, "created_at"))
                .findOne()));
    }
}
