package net.adtelligent.adapters.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Objects;
import java.util.function.Supplier;
import javax.sql.DataSource;
import net.adtelligent.domain.connection.ConnectionId;
import net.adtelligent.ports.out.ProvisioningLocks;

/**
 * A session-level advisory lock per connection id, on a database connection of its own opened for
 * the purpose (not one of the service pool's): it is held while Airbyte is called, seconds perhaps,
 * without a transaction, and a pool's connection held that long could starve the stores the work
 * itself needs. A process that dies loses its session, and the lock with it.
 */
final class PostgresProvisioningLocks implements ProvisioningLocks {

    /** The first key of the two-key lock: "provisioning", so no other advisory lock of ours collides. */
    private static final int PROVISIONING = 0x41_44_42_50;

    private final DataSource dataSource;
    private final String endpoint;

    PostgresProvisioningLocks(DataSource dataSource, String endpoint) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
    }

    @Override
    public <T> T holding(ConnectionId connection, Supplier<T> work) {
        Objects.requireNonNull(work, "work");
        // Two ids sharing a hash only wait for each other: harmless.
        int key = connection.value().hashCode();
        try (Connection session = dataSource.getConnection()) {
            call(session, "select pg_advisory_lock(?, ?)", key);
            try {
                return work.get();
            } finally {
                call(session, "select pg_advisory_unlock(?, ?)", key);
            }
        } catch (SQLException failure) {
            throw PostgresFailures.translate(endpoint, failure);
        }
    }

    private static void call(Connection session, String sql, int key) throws SQLException {
        try (PreparedStatement statement = session.prepareStatement(sql)) {
            statement.setInt(1, PROVISIONING);
            statement.setInt(2, key);
            statement.execute();
        }
    }
}
