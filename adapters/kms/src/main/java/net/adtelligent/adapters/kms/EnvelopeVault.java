package net.adtelligent.adapters.kms;

import com.github.benmanes.caffeine.cache.Ticker;
import io.vavr.control.Either;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import net.adtelligent.domain.secret.OpenFailure;
import net.adtelligent.domain.secret.SealedSecret;
import net.adtelligent.domain.secret.SecretPurpose;
import net.adtelligent.domain.tenant.TenantId;
import net.adtelligent.ports.out.ComponentHealth;
import net.adtelligent.ports.out.DataKeyStore;
import net.adtelligent.ports.out.DataKeyStore.WrappedDataKey;
import net.adtelligent.ports.out.SecretVault;

/**
 * Envelope encryption: each secret sealed with AES-256-GCM under its tenant's data key for the
 * purpose, which the {@link KeyService} made and wrapped; the tenant and purpose are the key
 * service's encryption context and the secret's associated data. The wrapped current key is kept
 * in the {@link DataKeyStore}; unwrapped keys only in a bounded cache ({@link CacheLimits}), so
 * opening a tenant's secrets again costs no key-service call while the key is cached.
 */
public final class EnvelopeVault implements SecretVault {

    private final KeyService keyService;
    private final DataKeyStore store;
    private final DataKeyCache cache;

    public EnvelopeVault(KeyService keyService, DataKeyStore store, CacheLimits limits) {
        this(keyService, store, limits, Ticker.systemTicker());
    }

    EnvelopeVault(KeyService keyService, DataKeyStore store, CacheLimits limits, Ticker ticker) {
        this.keyService = Objects.requireNonNull(keyService, "keyService");
        this.store = Objects.requireNonNull(store, "store");
        this.cache = new DataKeyCache(keyService, Objects.requireNonNull(limits, "limits"), ticker);
    }

    @Override
    public SealedSecret seal(TenantId tenant, SecretPurpose purpose, byte[] plaintext) {
        Objects.requireNonNull(plaintext, "plaintext");
        Map<String, String> context = EncryptionContext.of(tenant, purpose);
        WrappedDataKey key = store.current(tenant, purpose).getOrElse(() -> createFirst(tenant, purpose, context));
        byte[] dataKey = cache.unwrap(key.wrappedKey(), key.masterKeyId(), context).getOrElseThrow(failure ->
                new KeyServiceUnavailableException("the key service refused to unwrap the current data key ("
                        + failure + ", " + key + "): nothing was sealed", null));
        try {
            byte[] nonce = Aead.random(Aead.NONCE_BYTES);
            byte[] ciphertext = Aead.encrypt(dataKey, nonce, plaintext, EncryptionContext.ofSecret(context, key.version()));
            return new SealedSecret(Aead.ALGORITHM, key.masterKeyId(), key.version(), key.wrappedKey(), nonce, ciphertext);
        } finally {
            Arrays.fill(dataKey, (byte) 0);
        }
    }

    @Override
    public Either<OpenFailure, byte[]> open(TenantId tenant, SecretPurpose purpose, SealedSecret sealed) {
        if (!Aead.ALGORITHM.equals(sealed.algorithm())) {
            return Either.left(OpenFailure.UNSUPPORTED_ALGORITHM);
        }
        Map<String, String> context = EncryptionContext.of(tenant, purpose);
        return cache.unwrap(sealed.wrappedKey(), sealed.masterKeyId(), context).flatMap(dataKey -> {
            try {
                return Aead.decrypt(dataKey, sealed.nonce(), sealed.ciphertext(),
                                EncryptionContext.ofSecret(context, sealed.dataKeyVersion()))
                        .toEither(OpenFailure.NOT_AUTHENTIC);
            } finally {
                Arrays.fill(dataKey, (byte) 0);
            }
        });
    }

    /** Component "key service": can the master key be used now. */
    @Override
    public String component() {
        return KeyServiceUnavailableException.COMPONENT;
    }

    @Override
    public ComponentHealth probe() {
        return keyService.probe();
    }

    /**
     * The tenant's first data key. Of two instances racing here, both ask the key service for a key
     * but the store keeps one; the loser's is dropped unused and it seals with the winner's.
     */
    private WrappedDataKey createFirst(TenantId tenant, SecretPurpose purpose, Map<String, String> context) {
        KeyService.GeneratedDataKey made = keyService.generateDataKey(context);
        try {
            WrappedDataKey mine = new WrappedDataKey(made.wrapped().masterKeyId(), 1, made.wrapped().bytes());
            WrappedDataKey kept = store.createFirst(tenant, purpose, mine);
            if (kept.equals(mine)) {
                cache.put(mine.wrappedKey(), mine.masterKeyId(), context, made.plaintext());
            }
            return kept;
        } finally {
            Arrays.fill(made.plaintext(), (byte) 0);
        }
    }
}
