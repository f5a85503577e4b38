package net.adtelligent.adapters.http;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import net.adtelligent.domain.secret.OpenFailure;
import net.adtelligent.domain.secret.SealedSecret;
import net.adtelligent.domain.secret.SecretPurpose;
import net.adtelligent.domain.tenant.TenantId;
import net.adtelligent.memory.InMemorySecretVault;
import net.adtelligent.ports.out.ComponentHealth;
import net.adtelligent.ports.out.OutsidePartUnavailableException;
import net.adtelligent.ports.out.SecretVault;

/** The in-memory vault, or, once {@link #down} is set, a key service that cannot be reached. */
final class SwitchableVault implements SecretVault {

    final AtomicBoolean down = new AtomicBoolean(false);
    private final InMemorySecretVault vault = new InMemorySecretVault();

    @Override
    public SealedSecret seal(TenantId tenant, SecretPurpose purpose, byte[] plaintext) {
        refuseIfDown();
        return vault.seal(tenant, purpose, plaintext);
    }

    @Override
    public Either<OpenFailure, byte[]> open(TenantId tenant, SecretPurpose purpose, SealedSecret sealed) {
        refuseIfDown();
        return vault.open(tenant, purpose, sealed);
    }

    @Override
    public List<Either<OpenFailure, SealedSecret>> reseal(TenantId tenant, SecretPurpose purpose,
                                                          List<SealedSecret> sealed) {
        refuseIfDown();
        return vault.reseal(tenant, purpose, sealed);
    }

    @Override
    public List<Either<OpenFailure, SealedSecret>> newDataKey(TenantId tenant, SecretPurpose purpose,
                                                              List<SealedSecret> sealed) {
        refuseIfDown();
        return vault.newDataKey(tenant, purpose, sealed);
    }

    @Override
    public void rewrapDataKey(TenantId tenant, SecretPurpose purpose, String masterKeyId) {
        refuseIfDown();
        vault.rewrapDataKey(tenant, purpose, masterKeyId);
    }

    @Override
    public Option<CurrentKey> currentKey(TenantId tenant, SecretPurpose purpose) {
        return vault.currentKey(tenant, purpose);
    }

    @Override
    public String component() {
        return vault.component();
    }

    @Override
    public ComponentHealth probe() {
        return new ComponentHealth(component(), !down.get(), down.get() ? "unreachable" : "up");
    }

    private void refuseIfDown() {
        if (down.get()) {
            throw new KeyServiceDown();
        }
    }

    /** What a key service adapter throws when its service does not answer. */
    static final class KeyServiceDown extends OutsidePartUnavailableException {
        private static final long serialVersionUID = 1L;

        KeyServiceDown() {
            super("secrets", "the key service at 127.0.0.1:1 is unavailable: Connection refused", null);
        }
    }
}
