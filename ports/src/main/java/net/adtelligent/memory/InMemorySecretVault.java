package net.adtelligent.memory;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import net.adtelligent.domain.secret.OpenFailure;
import net.adtelligent.domain.secret.SealedSecret;
import net.adtelligent.domain.secret.SecretPurpose;
import net.adtelligent.domain.tenant.TenantId;
import net.adtelligent.ports.out.ComponentHealth;
import net.adtelligent.ports.out.DataKeyStore;
import net.adtelligent.ports.out.DataKeyStore.WrappedDataKey;
import net.adtelligent.ports.out.SecretVault;

/**
 * Envelope encryption in memory, for the in-memory core and tests: real AES-256-GCM, data keys per
 * tenant and purpose wrapped by a master key made at random for this instance, bound to the tenant
 * and purpose as the production vault binds them. What it sealed opens only in this instance.
 */
public final class InMemorySecretVault implements SecretVault {

    static final String ALGORITHM = "AES-256-GCM";

    private final byte[] masterKey = Gcm.randomBytes(32);
    private final String masterKeyId = "memory/" + UUID.randomUUID();
    private final DataKeyStore keys = new InMemoryDataKeyStore();

    @Override
    public SealedSecret seal(TenantId tenant, SecretPurpose purpose, byte[] plaintext) {
        Objects.requireNonNull(plaintext, "plaintext");
        WrappedDataKey key = keys.current(tenant, purpose)
                .getOrElse(() -> keys.createFirst(tenant, purpose, freshKey(tenant, purpose)));
        byte[] dataKey = Gcm.unwrap(masterKey, key.wrappedKey(), context(tenant, purpose)).getOrElseThrow(
                () -> new IllegalStateException("this vault's own data key did not unwrap"));
        try {
            byte[] nonce = Gcm.randomBytes(Gcm.NONCE_BYTES);
            byte[] ciphertext = Gcm.encrypt(dataKey, nonce, plaintext, aad(tenant, purpose, key.version()));
            return new SealedSecret(ALGORITHM, key.masterKeyId(), key.version(), key.wrappedKey(), nonce, ciphertext);
        } finally {
            Arrays.fill(dataKey, (byte) 0);
        }
    }

    @Override
    public Either<OpenFailure, byte[]> open(TenantId tenant, SecretPurpose purpose, SealedSecret sealed) {
        if (!ALGORITHM.equals(sealed.algorithm())) {
            return Either.left(OpenFailure.UNSUPPORTED_ALGORITHM);
        }
        if (!masterKeyId.equals(sealed.masterKeyId())) {
            return Either.left(OpenFailure.UNKNOWN_KEY);
        }
        return Gcm.unwrap(masterKey, sealed.wrappedKey(), context(tenant, purpose))
                .flatMap(dataKey -> {
                    try {
                        return Gcm.decrypt(dataKey, sealed.nonce(), sealed.ciphertext(),
                                aad(tenant, purpose, sealed.dataKeyVersion()));
                    } finally {
                        Arrays.fill(dataKey, (byte) 0);
                    }
                })
                .toEither(OpenFailure.NOT_AUTHENTIC);
    }

    @Override
    public List<Either<OpenFailure, SealedSecret>> reseal(TenantId tenant, SecretPurpose purpose,
                                                          List<SealedSecret> sealed) {
        Option<WrappedDataKey> current = keys.current(tenant, purpose);
        return sealed.stream().map(one -> current.exists(key -> key.version() == one.dataKeyVersion())
                // one master key here: the current wrapping is the one it carries
                ? Either.<OpenFailure, SealedSecret>right(one)
                : open(tenant, purpose, one).map(plain -> {
                    try {
                        return seal(tenant, purpose, plain);
                    } finally {
                        Arrays.fill(plain, (byte) 0);
                    }
                })).toList();
    }

    @Override
    public List<Either<OpenFailure, SealedSecret>> newDataKey(TenantId tenant, SecretPurpose purpose,
                                                              List<SealedSecret> sealed) {
        int next = keys.current(tenant, purpose).map(WrappedDataKey::version).getOrElse(0) + 1;
        WrappedDataKey made = freshKey(tenant, purpose);
        keys.addVersion(tenant, purpose, new WrappedDataKey(made.masterKeyId(), next, made.wrappedKey()));
        return reseal(tenant, purpose, sealed);
    }

    @Override
    public void rewrapDataKey(TenantId tenant, SecretPurpose purpose, String masterKeyId) {
        if (!this.masterKeyId.equals(masterKeyId)) {
            throw new IllegalArgumentException("this vault has one master key, not " + masterKeyId);
        }
    }

    @Override
    public Option<CurrentKey> currentKey(TenantId tenant, SecretPurpose purpose) {
        return keys.current(tenant, purpose).map(key -> new CurrentKey(key.version(), key.masterKeyId(),
                keys.currentSince(tenant, purpose).get()));
    }

    @Override
    public String component() {
        return "key service";
    }

    @Override
    public ComponentHealth probe() {
        return new ComponentHealth(component(), true, "in memory: secrets are lost when the process stops");
    }

    private WrappedDataKey freshKey(TenantId tenant, SecretPurpose purpose) {
        byte[] dataKey = Gcm.randomBytes(32);
        try {
            return new WrappedDataKey(masterKeyId, 1, Gcm.wrap(masterKey, dataKey, context(tenant, purpose)));
        } finally {
            Arrays.fill(dataKey, (byte) 0);
        }
    }

    private static byte[] context(TenantId tenant, SecretPurpose purpose) {
        return ("tenant_id=" + tenant.value() + ";purpose=" + purpose.label()).getBytes(UTF_8);
    }

    private static byte[] aad(TenantId tenant, SecretPurpose purpose, int version) {
        return (ALGORITHM + ";v" + version + ";tenant_id=" + tenant.value() + ";purpose=" + purpose.label())
                .getBytes(UTF_8);
    }
}
