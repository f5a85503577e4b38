package net.adtelligent.memory;

import net.adtelligent.ports.out.SecretVault;
import net.adtelligent.ports.out.SecretVaultContract;

/** The shared SecretVault contract in memory: one instance is the whole key service and store. */
class InMemorySecretVaultTest extends SecretVaultContract {

    private final InMemorySecretVault vault = new InMemorySecretVault();

    @Override
    protected SecretVault vault() {
        return vault;
    }
}
