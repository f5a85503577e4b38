package net.adtelligent.adapters.kms;

import java.nio.file.Path;
import net.adtelligent.memory.InMemoryDataKeyStore;
import net.adtelligent.ports.out.SecretVault;
import net.adtelligent.ports.out.SecretVaultContract;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** The shared SecretVault contract on the local keyring; each vault() is another instance with its own cache. */
class EnvelopeVaultLocalKeyringTest extends SecretVaultContract {

    @TempDir
    static Path dataDir;
    private static LocalKeyring keyring;
    private static final InMemoryDataKeyStore STORE = new InMemoryDataKeyStore();

    @BeforeAll
    static void keyring() {
        keyring = LocalKeyring.openOrCreate(dataDir.resolve("kms-keyring"));
    }

    @Override
    protected SecretVault vault() {
        return new EnvelopeVault(keyring, STORE, CacheLimits.DEFAULT);
    }
}
