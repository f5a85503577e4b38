package net.adtelligent.bootstrap.secrets;

import java.nio.file.Path;
import net.adtelligent.adapters.kms.CacheLimits;
import net.adtelligent.adapters.kms.EnvelopeVault;
import net.adtelligent.adapters.kms.LocalKeyring;
import net.adtelligent.adapters.postgres.EmbeddedPostgresFixture;
import net.adtelligent.adapters.postgres.PostgresDatabase;
import net.adtelligent.domain.tenant.TenantId;
import net.adtelligent.ports.out.IdentityFixtures;
import net.adtelligent.ports.out.SecretVault;
import net.adtelligent.ports.out.SecretVaultContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SecretVault contract as the service wires it: the local keyring and the data keys in
 * PostgreSQL, each vault() another service instance over the same database. Here, not in an
 * adapter, because only bootstrap sees both the key service and the database.
 */
class EnvelopeVaultOnPostgresTest extends SecretVaultContract {

    @TempDir
    static Path dataDir;
    private static PostgresDatabase database;
    private static LocalKeyring keyring;

    @BeforeAll
    static void openDatabase() {
        database = PostgresDatabase.open(EmbeddedPostgresFixture.migratedDatabase());
        keyring = LocalKeyring.openOrCreate(dataDir.resolve("kms-keyring"));
    }

    @AfterAll
    static void closeDatabase() {
        database.close();
    }

    @Override
    protected SecretVault vault() {
        return new EnvelopeVault(keyring, database.dataKeyStore(), CacheLimits.DEFAULT);
    }

    /** data_keys references tenants: a registered one. */
    @Override
    protected TenantId newTenant() {
        return IdentityFixtures.newTenant(database.tenantStore());
    }
}
