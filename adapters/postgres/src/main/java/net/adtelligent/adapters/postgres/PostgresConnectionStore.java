package net.adtelligent.adapters.postgres;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vavr.control.Option;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import net.adtelligent.domain.connection.Connection;
import net.adtelligent.domain.connection.ConnectionId;
import net.adtelligent.domain.connection.ConnectionStatus;
import net.adtelligent.domain.connection.Schedule;
import net.adtelligent.domain.fact.Platform;
import net.adtelligent.domain.secret.SealedSecret;
import net.adtelligent.domain.tenant.TenantId;
import net.adtelligent.ports.out.ConnectionStore;
import org.jdbi.v3.core.statement.Update;

/** Connections in connections (V17__connections.sql), tenant-scoped; the sealed credentials in six columns. */
final class PostgresConnectionStore implements ConnectionStore {

    private static final String INSERT = """
                insert into connections (id, tenant_id, platform, external_account_id, name, schedule, status,
                    secret_algorithm, secret_master_key_id, secret_data_key_version, secret_wrapped_key, secret_nonce,
                    secret_ciphertext, credential_fingerprints, token_expires_at, airbyte_source_id,
                    airbyte_connection_id, created_at, updated_at, provisioning_error)
                values (:id, :tenant_id, :platform, :external_account_id, :name, :schedule, :status,
                    :secret_algorithm, :secret_master_key_id, :secret_data_key_version, :secret_wrapped_key,
                    :secret_nonce, :secret_ciphertext, cast(:credential_fingerprints as jsonb), :token_expires_at,
                    :airbyte_source_id, :airbyte_connection_id, :created_at, :updated_at, :provisioning_error)
                """;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, String>> PRINTS = new TypeReference<>() { };
    private static final String COLUMNS = "id, tenant_id, platform, external_account_id, name, schedule, status,"
            + " secret_algorithm, secret_master_key_id, secret_data_key_version, secret_wrapped_key, secret_nonce,"
            + " secret_ciphertext, credential_fingerprints::text as credential_fingerprints, token_expires_at,"
            + " airbyte_source_id, airbyte_connection_id, created_at, updated_at, provisioning_error";

    private final Transactions transactions;

    PostgresConnectionStore(Transactions transactions) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    @Override
    public void add(Connection connection) {
        transactions.inTenant(connection.tenant(), handle -> bind(handle.createUpdate(INSERT), connection).execute());
    }

    @Override
    public boolean addIfAbsent(Connection connection) {
        // Another transaction inserting the same id makes this one wait for it, then do nothing.
        return transactions.inTenant(connection.tenant(), handle -> bind(handle.createUpdate(INSERT
                + "on conflict (id) do nothing"), connection).execute()) == 1;
    }

    @Override
    public void replace(Connection connection) {
        int changed = transactions.inTenant(connection.tenant(), handle -> bind(handle.createUpdate("""
                update connections set platform = :platform, external_account_id = :external_account_id,
                    name = :name, schedule = :schedule, status = :status, secret_algorithm = :secret_algorithm,
                    secret_master_key_id = :secret_master_key_id, secret_data_key_version = :secret_data_key_version,
                    secret_wrapped_key = :secret_wrapped_key, secret_nonce = :secret_nonce,
                    secret_ciphertext = :secret_ciphertext,
                    credential_fingerprints = cast(:credential_fingerprints as jsonb),
                    token_expires_at = :token_expires_at, airbyte_source_id = :airbyte_source_id,
                    airbyte_connection_id = :airbyte_connection_id, created_at = :created_at, updated_at = :updated_at,
                    provisioning_error = :provisioning_error
                where tenant_id = :tenant_id and id = :id
                """), connection).execute());
        if (changed != 1) {
            throw new IllegalStateException("no connection " + connection.id() + " to replace");
        }
    }

    @Override
    public Option<Connection> byId(TenantId tenant, ConnectionId id) {
        return Option.ofOptional(transactions.inTenant(tenant, handle -> handle
                .createQuery("select " + COLUMNS + " from connections where tenant_id = :tenant_id and id = :id")
                .bind("tenant_id", tenant.value())
                .bind("id", id.value())
                .map((row, context) -> connection(row))
                .findOne()));
    }

    /** Through adt_connection_of_airbyte (V19), which answers only the tenant and id; then read as that tenant. */
    @Override
    public Option<Connection> byAirbyteConnection(String airbyteConnectionId) {
        Objects.requireNonNull(airbyteConnectionId, "airbyteConnectionId");
        return Option.ofOptional(transactions.inDirectory(handle -> handle
                        .createQuery("select tenant_id, connection_id from adt_connection_of_airbyte(:airbyte_connection_id)")
                        .bind("airbyte_connection_id", airbyteConnectionId)
                        .map((row, context) -> new Owned(new TenantId(row.getObject("tenant_id", UUID.class)),
                                new ConnectionId(row.getObject("connection_id", UUID.class))))
                        .findOne()))
                .flatMap(owned -> byId(owned.tenant(), owned.id()));
    }

    private record Owned(TenantId tenant, ConnectionId id) {
    }

    @Override
    public Set<ConnectionId> deleted(TenantId tenant) {
        return Set.copyOf(transactions.inTenant(tenant, handle -> handle
                .createQuery("select id from connections where tenant_id = :tenant_id and status = 'deleted'")
                .bind("tenant_id", tenant.value())
                .map((row, context) -> new ConnectionId(row.getObject("id", UUID.class)))
                .list()));
    }

    @Override
    public List<Connection> page(TenantId tenant, Option<Position> after, int limit) {
        String from = after.isDefined() ? " and (created_at, id) > (:after_created_at, :after_id)" : "";
        return transactions.inTenant(tenant, handle -> {
            var query = handle.createQuery("select " + COLUMNS + " from connections"
                            + " where tenant_id = :tenant_id and status <> 'deleted'" + from
                            + " order by created_at, id limit :limit")
                    .bind("tenant_id", tenant.value())
                    .bind("limit", limit);
            after.forEach(position -> query.bind("after_created_at", Timestamps.utc(position.createdAt()))
                    .bind("after_id", position.id().value()));
            return query.map((row, context) -> connection(row)).list();
        });
    }

    @Override
    public List<Connection> everyOf(TenantId tenant) {
        return transactions.inTenant(tenant, handle -> handle.createQuery("select " + COLUMNS + " from connections"
                        + " where tenant_id = :tenant_id order by created_at, id")
                .bind("tenant_id", tenant.value())
                .map((row, context) -> connection(row))
                .list());
    }

    @Override
    public List<Sealed> sealedForUpdate(TenantId tenant) {
        return transactions.inTenant(tenant, handle -> handle.createQuery("""
                        select id, secret_algorithm, secret_master_key_id, secret_data_key_version, secret_wrapped_key,
                            secret_nonce, secret_ciphertext
                        from connections where tenant_id = :tenant_id and secret_algorithm is not null
                        order by created_at, id for update
                        """)
                .bind("tenant_id", tenant.value())
                .map((row, context) -> new Sealed(new ConnectionId(row.getObject("id", UUID.class)), sealed(row).get()))
                .list());
    }

    @Override
    public void reseal(TenantId tenant, ConnectionId id, SealedSecret sealed) {
        int changed = transactions.inTenant(tenant, handle -> handle.createUpdate("""
                        update connections set secret_algorithm = :secret_algorithm,
                            secret_master_key_id = :secret_master_key_id,
                            secret_data_key_version = :secret_data_key_version,
                            secret_wrapped_key = :secret_wrapped_key, secret_nonce = :secret_nonce,
                            secret_ciphertext = :secret_ciphertext
                        where tenant_id = :tenant_id and id = :id and secret_algorithm is not null
                        """)
                .bind("tenant_id", tenant.value())
                .bind("id", id.value())
                .bind("secret_algorithm", sealed.algorithm())
                .bind("secret_master_key_id", sealed.masterKeyId())
                .bind("secret_data_key_version", sealed.dataKeyVersion())
                .bind("secret_wrapped_key", sealed.wrappedKey())
                .bind("secret_nonce", sealed.nonce())
                .bind("secret_ciphertext", sealed.ciphertext())
                .execute());
        if (changed != 1) {
            throw new IllegalStateException("no sealed credentials of connection " + id + " to replace");
        }
    }

    private static Update bind(Update update, Connection c) {
        Option<SealedSecret> sealed = c.credentials();
        return update.bind("id", c.id().value())
                .bind("tenant_id", c.tenant().value())
                .bind("platform", c.platform().name())
                .bind("external_account_id", c.externalAccountId())
                .bind("name", c.name())
                .bind("schedule", c.schedule().map(Schedule::text).getOrNull())
                .bind("status", c.status().wireName())
                .bind("secret_algorithm", sealed.map(SealedSecret::algorithm).getOrNull())
                .bind("secret_master_key_id", sealed.map(SealedSecret::masterKeyId).getOrNull())
                .bind("secret_data_key_version", sealed.map(SealedSecret::dataKeyVersion).getOrNull())
                .bind("secret_wrapped_key", sealed.map(SealedSecret::wrappedKey).getOrNull())
                .bind("secret_nonce", sealed.map(SealedSecret::nonce).getOrNull())
                .bind("secret_ciphertext", sealed.map(SealedSecret::ciphertext).getOrNull())
                .bind("credential_fingerprints", json(c.fingerprints()))
                .bind("token_expires_at", Timestamps.utcOrNull(c.tokenExpiresAt()))
                .bind("airbyte_source_id", c.airbyteSourceId().getOrNull())
                .bind("airbyte_connection_id", c.airbyteConnectionId().getOrNull())
                .bind("created_at", Timestamps.utc(c.createdAt()))
                .bind("updated_at", Timestamps.utc(c.updatedAt()))
                .bind("provisioning_error", c.provisioningError().getOrNull());
    }

    private static Option<SealedSecret> sealed(ResultSet row) throws SQLException {
        return row.getString("secret_algorithm") == null ? Option.none()
                : Option.of(new SealedSecret(row.getString("secret_algorithm"), row.getString("secret_master_key_id"),
                row.getInt("secret_data_key_version"), row.getBytes("secret_wrapped_key"), row.getBytes("secret_nonce"),
                row.getBytes("secret_ciphertext")));
    }

    private static Connection connection(ResultSet row) throws SQLException {
        Option<SealedSecret> sealed = sealed(row);
        return new Connection(new ConnectionId(row.getObject("id", UUID.class)),
                new TenantId(row.getObject("tenant_id", UUID.class)), Platform.valueOf(row.getString("platform")),
                row.getString("external_account_id"), row.getString("name"),
                Option.of(row.getString("schedule")).map(Schedule::new),
                status(row.getString("status")),
                sealed, prints(row.getString("credential_fingerprints")),
                Timestamps.optionalInstant(row, "token_expires_at"), Option.of(row.getString("airbyte_source_id")),
                Option.of(row.getString("airbyte_connection_id")), Timestamps.instant(row, "created_at"),
                Timestamps.instant(row, "updated_at"), Option.of(row.getString("provisioning_error")));
    }

    private static ConnectionStatus status(String text) {
        return ConnectionStatus.fromWire(text)
                .getOrElseThrow(() -> new IllegalStateException("unknown connection status " + text));
    }

    private static String json(Map<String, String> prints) {
        try {
            return JSON.writeValueAsString(prints);
        } catch (JsonProcessingException cannot) {
            throw new IllegalStateException("fingerprints as JSON", cannot);
        }
    }

    private static Map<String, String> prints(String json) {
        try {
            return JSON.readValue(json, PRINTS);
        } catch (JsonProcessingException cannot) {
            throw new IllegalStateException("credential_fingerprints of a connection is not an object of strings", cannot);
        }
    }
}
