package net.adtelligent.adapters.kms;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.github.benmanes.caffeine.cache.Ticker;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
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

    /** The current data key is unwrapped (from the cache, or with one call) only if a secret needs sealing anew. */
    @Override
    public List<Either<OpenFailure, SealedSecret>> reseal(TenantId tenant, SecretPurpose purpose,
                                                          List<SealedSecret> sealed) {
        Map<String, String> context = EncryptionContext.of(tenant, purpose);
        Option<WrappedDataKey> current = store.current(tenant, purpose);
        if (current.isEmpty() || sealed.stream().allMatch(one -> one.dataKeyVersion() == current.get().version())) {
            return new Reseal(context, current.getOrNull(), null).all(sealed);
        }
        WrappedDataKey key = current.get();
        byte[] plain = cache.unwrap(key.wrappedKey(), key.masterKeyId(), context).getOrElseThrow(failure ->
                new KeyServiceUnavailableException("the key service refused to unwrap the current data key ("
                        + failure + ", " + key + "): nothing was sealed", null));
        try {
            return new Reseal(context, key, plain).all(sealed);
        } finally {
            Arrays.fill(plain, (byte) 0);
        }
    }

    /**
     * The new key stays in hand for the whole list and each older key is unwrapped once, so the
     * rotation of a tenant costs one call to make the key and one per older key, whatever the cache holds.
     */
    @Override
    public List<Either<OpenFailure, SealedSecret>> newDataKey(TenantId tenant, SecretPurpose purpose,
                                                              List<SealedSecret> sealed) {
        Map<String, String> context = EncryptionContext.of(tenant, purpose);
        int next = store.current(tenant, purpose).map(WrappedDataKey::version).getOrElse(0) + 1;
        KeyService.GeneratedDataKey made = keyService.generateDataKey(context);
        try {
            WrappedDataKey key = new WrappedDataKey(made.wrapped().masterKeyId(), next, made.wrapped().bytes());
            store.addVersion(tenant, purpose, key);
            cache.put(key.wrappedKey(), key.masterKeyId(), context, made.plaintext());
            return new Reseal(context, key, made.plaintext()).all(sealed);
        } finally {
            Arrays.fill(made.plaintext(), (byte) 0);
        }
    }

    /** One list's resealing under {@code current} (whose plain key is null when no secret needs it). */
    private final class Reseal {

        private final Map<String, String> context;
        private final WrappedDataKey current;
        private final byte[] currentKey;
        private final Map<ByteBuffer, Either<OpenFailure, byte[]>> older = new HashMap<>();

        Reseal(Map<String, String> context, WrappedDataKey current, byte[] currentKey) {
            this.context = context;
            this.current = current;
            this.currentKey = currentKey;
        }

        List<Either<OpenFailure, SealedSecret>> all(List<SealedSecret> sealed) {
            try {
                return sealed.stream().map(this::one).toList();
            } finally {
                older.values().forEach(key -> key.forEach(bytes -> Arrays.fill(bytes, (byte) 0)));
            }
        }

        private Either<OpenFailure, SealedSecret> one(SealedSecret sealed) {
            if (!Aead.ALGORITHM.equals(sealed.algorithm())) {
                return Either.left(OpenFailure.UNSUPPORTED_ALGORITHM);
            }
            if (current == null) {
                return Either.right(sealed); // no data key kept for it: it opens with its own copy, and stays
            }
            if (current.version() == sealed.dataKeyVersion()) {
                // The same data key: only the copy of its wrapping may be an older one.
                return Either.right(new SealedSecret(sealed.algorithm(), current.masterKeyId(), current.version(),
                        current.wrappedKey(), sealed.nonce(), sealed.ciphertext()));
            }
            byte[] wrapped = sealed.wrappedKey();
            ByteBuffer slot = ByteBuffer.wrap((sealed.masterKeyId() + "\n" + sealed.dataKeyVersion()
                    + "\n" + HexFormat.of().formatHex(wrapped)).getBytes(UTF_8));
            Either<OpenFailure, byte[]> oldKey = older.computeIfAbsent(slot,
                    missing -> cache.unwrap(wrapped, sealed.masterKeyId(), context));
            return oldKey.flatMap(key -> Aead.decrypt(key, sealed.nonce(), sealed.ciphertext(),
                    EncryptionContext.ofSecret(context, sealed.dataKeyVersion())).toEither(OpenFailure.NOT_AUTHENTIC))
                    .map(plain -> {
                        try {
                            byte[] nonce = Aead.random(Aead.NONCE_BYTES);
                            byte[] ciphertext = Aead.encrypt(currentKey, nonce, plain,
                                    EncryptionContext.ofSecret(context, current.version()));
                            return new SealedSecret(Aead.ALGORITHM, current.masterKeyId(), current.version(),
                                    current.wrappedKey(), nonce, ciphertext);
                        } finally {
                            Arrays.fill(plain, (byte) 0);
                        }
                    });
        }
    }

    @Override
    public void rewrapDataKey(TenantId tenant, SecretPurpose purpose, String masterKeyId) {
        Objects.requireNonNull(masterKeyId, "masterKeyId");
        Option<WrappedDataKey> current = store.current(tenant, purpose);
        if (current.isEmpty() || current.get().masterKeyId().equals(masterKeyId)) {
            return;
        }
        WrappedDataKey key = current.get();
        KeyService.WrappedKey moved = keyService.reEncrypt(key.wrappedKey(), key.masterKeyId(),
                EncryptionContext.of(tenant, purpose), masterKeyId).getOrElseThrow(failure ->
                new IllegalArgumentException("the key service did not wrap " + key + " under " + masterKeyId
                        + " (" + failure + "): is that a master key it knows and may use?"));
        store.rewrap(tenant, purpose, new WrappedDataKey(moved.masterKeyId(), key.version(), moved.bytes()));
    }

    @Override
    public Option<CurrentKey> currentKey(TenantId tenant, SecretPurpose purpose) {
        return store.current(tenant, purpose).map(key -> new CurrentKey(key.version(), key.masterKeyId(),
                store.currentSince(tenant, purpose).get()));
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
