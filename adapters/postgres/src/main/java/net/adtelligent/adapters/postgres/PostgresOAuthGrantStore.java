package net.adtelligent.adapters.postgres;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vavr.control.Option;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import net.adtelligent.domain.consent.GrantId;
import net.adtelligent.domain.consent.GrantStage;
import net.adtelligent.domain.consent.OAuthGrant;
import net.adtelligent.domain.consent.PlatformAccount;
import net.adtelligent.domain.fact.Platform;
import net.adtelligent.domain.identity.UserId;
import net.adtelligent.domain.secret.SealedSecret;
import net.adtelligent.domain.tenant.TenantId;
import net.adtelligent.ports.out.OAuthGrantStore;
import org.jdbi.v3.core.statement.Update;

/** Consents in progress in oauth_grants (V23__oauth_consent.sql), tenant-scoped; verifier and tokens sealed. */
final class PostgresOAuthGrantStore implements OAuthGrantStore {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, String>> PRINTS = new TypeReference<>() { };
    private static final TypeReference<List<String>> SCOPES = new TypeReference<>() { };
    private static final TypeReference<List<Map<String, String>>> ACCOUNTS = new TypeReference<>() { };
    private static final String COLUMNS = "id, tenant_id, user_id, platform, state_hash, stage, verifier_algorithm,"
            + " verifier_master_key_id, verifier_data_key_version, verifier_wrapped_key, verifier_nonce,"
            + " verifier_ciphertext, secret_algorithm, secret_master_key_id, secret_data_key_version,"
            + " secret_wrapped_key, secret_nonce, secret_ciphertext,"
            + " credential_fingerprints::text as credential_fingerprints, granted_scopes::text as granted_scopes,"
            + " accounts::text as accounts, token_expires_at, created_at, expires_at";
    private static final String SET = """
            stage = :stage, verifier_algorithm = :verifier_algorithm,
            verifier_master_key_id = :verifier_master_key_id, verifier_data_key_version = :verifier_data_key_version,
            verifier_wrapped_key = :verifier_wrapped_key, verifier_nonce = :verifier_nonce,
            verifier_ciphertext = :verifier_ciphertext, secret_algorithm = :secret_algorithm,
            secret_master_key_id = :secret_master_key_id, secret_data_key_version = :secret_data_key_version,
            secret_wrapped_key = :secret_wrapped_key, secret_nonce = :secret_nonce,
            secret_ciphertext = :secret_ciphertext, credential_fingerprints = cast(:credential_fingerprints as jsonb),
            granted_scopes = cast(:granted_scopes as jsonb), accounts = cast(:accounts as jsonb),
            token_expires_at = :token_expires_at, expires_at = :expires_at
            """;

    private final Transactions transactions;

    PostgresOAuthGrantStore(Transactions transactions) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    @Override
    public void add(OAuthGrant grant) {
        transactions.inTenant(grant.tenant(), handle -> bind(handle.createUpdate("""
                insert into oauth_grants (id, tenant_id, user_id, platform, state_hash, created_at, stage,
                    verifier_algorithm, verifier_master_key_id, verifier_data_key_version, verifier_wrapped_key,
                    verifier_nonce, verifier_ciphertext, secret_algorithm, secret_master_key_id,
                    secret_data_key_version, secret_wrapped_key, secret_nonce, secret_ciphertext,
                    credential_fingerprints, granted_scopes, accounts, token_expires_at, expires_at)
                values (:id, :tenant_id, :user_id, :platform, :state_hash, :created_at, :stage,
                    :verifier_algorithm, :verifier_master_key_id, :verifier_data_key_version, :verifier_wrapped_key,
                    :verifier_nonce, :verifier_ciphertext, :secret_algorithm, :secret_master_key_id,
                    :secret_data_key_version, :secret_wrapped_key, :secret_nonce, :secret_ciphertext,
                    cast(:credential_fingerprints as jsonb), cast(:granted_scopes as jsonb), cast(:accounts as jsonb),
                    :token_expires_at, :expires_at)
                """), grant).execute());
    }

    @Override
    public void replace(OAuthGrant grant) {
        int changed = transactions.inTenant(grant.tenant(), handle -> bind(handle.createUpdate(
                "update oauth_grants set " + SET + " where tenant_id = :tenant_id and id = :id"), grant).execute());
        if (changed != 1) {
            throw new IllegalStateException("no grant " + grant.id() + " to replace");
        }
    }

    @Override
    public Option<OAuthGrant> byId(TenantId tenant, GrantId id) {
        return Option.ofOptional(transactions.inTenant(tenant, handle -> handle
                .createQuery("select " + COLUMNS + " from oauth_grants where tenant_id = :tenant_id and id = :id")
                .bind("tenant_id", tenant.value())
                .bind("id", id.value())
                .map((row, context) -> grant(row))
                .findOne()));
    }

    @Override
    public Option<OAuthGrant> lockByStateHash(TenantId tenant, String stateHash) {
        return Option.ofOptional(transactions.inTenant(tenant, handle -> handle
                .createQuery("select " + COLUMNS + " from oauth_grants"
                        + " where tenant_id = :tenant_id and state_hash = :state_hash for update")
                .bind("tenant_id", tenant.value())
                .bind("state_hash", stateHash)
                .map((row, context) -> grant(row))
                .findOne()));
    }

    private static Update bind(Update update, OAuthGrant g) {
        bindSealed(update, "verifier_", g.verifier());
        bindSealed(update, "secret_", g.tokens());
        return update.bind("id", g.id().value())
                .bind("tenant_id", g.tenant().value())
                .bind("user_id", g.user().value())
                .bind("platform", g.platform().name())
                .bind("state_hash", g.stateHash())
                .bind("stage", g.stage().wireName())
                .bind("credential_fingerprints", json(g.fingerprints()))
                .bind("granted_scopes", json(g.grantedScopes()))
                .bind("accounts", json(g.accounts().stream()
                        .map(account -> Map.of("id", account.id(), "name", account.name())).toList()))
                .bind("token_expires_at", Timestamps.utcOrNull(g.tokenExpiresAt()))
                .bind("created_at", Timestamps.utc(g.createdAt()))
                .bind("expires_at", Timestamps.utc(g.expiresAt()));
    }

    private static void bindSealed(Update update, String prefix, Option<SealedSecret> sealed) {
        update.bind(prefix + "algorithm", sealed.map(SealedSecret::algorithm).getOrNull())
                .bind(prefix + "master_key_id", sealed.map(SealedSecret::masterKeyId).getOrNull())
                .bind(prefix + "data_key_version", sealed.map(SealedSecret::dataKeyVersion).getOrNull())
                .bind(prefix + "wrapped_key", sealed.map(SealedSecret::wrappedKey).getOrNull())
                .bind(prefix + "nonce", sealed.map(SealedSecret::nonce).getOrNull())
                .bind(prefix + "ciphertext", sealed.map(SealedSecret::ciphertext).getOrNull());
    }

    private static Option<SealedSecret> sealed(ResultSet row, String prefix) throws SQLException {
        return row.getString(prefix + "algorithm") == null ? Option.none()
                : Option.of(new SealedSecret(row.getString(prefix + "algorithm"), row.getString(prefix + "master_key_id"),
                row.getInt(prefix + "data_key_version"), row.getBytes(prefix + "wrapped_key"),
                row.getBytes(prefix + "nonce"), row.getBytes(prefix + "ciphertext")));
    }

    private static OAuthGrant grant(ResultSet row) throws SQLException {
        List<PlatformAccount> accounts = read(row.getString("accounts"), ACCOUNTS).stream()
                .map(account -> new PlatformAccount(account.get("id"), account.get("name"))).toList();
        return new OAuthGrant(new GrantId(row.getObject("id", UUID.class)),
                new TenantId(row.getObject("tenant_id", UUID.class)), new UserId(row.getObject("user_id", UUID.class)),
                Platform.valueOf(row.getString("platform")), row.getString("state_hash"), sealed(row, "verifier_"),
                GrantStage.valueOf(row.getString("stage").toUpperCase(Locale.ROOT)), sealed(row, "secret_"),
                read(row.getString("credential_fingerprints"), PRINTS), read(row.getString("granted_scopes"), SCOPES),
                accounts, Timestamps.optionalInstant(row, "token_expires_at"), Timestamps.instant(row, "created_at"),
                Timestamps.instant(row, "expires_at"));
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("lists and maps of strings are JSON", impossible);
        }
    }

    private static <T> T read(String text, TypeReference<T> type) {
        try {
            return JSON.readValue(text, type);
        } catch (JsonProcessingException corrupt) {
            throw new IllegalStateException("oauth_grants holds JSON that is not of its form", corrupt);
        }
    }
}
