package net.adtelligent.adapters.kms;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.vavr.control.Either;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import net.adtelligent.domain.secret.OpenFailure;
import net.adtelligent.ports.out.ComponentHealth;

/**
 * The embedded key service: master keys in a file of their own under the data directory
 * ({@link KeyringFile}), data keys wrapped with AES-256-GCM and the context as associated data. The
 * first key in the file wraps new data keys; the others still unwrap. A key's id is "local/" and
 * the first 16 hex digits of its SHA-256, so a sealed secret names its master key without revealing it.
 */
public final class LocalKeyring implements KeyService {

    private final Path file;
    private final Map<String, byte[]> keys;
    private final String current;

    private LocalKeyring(Path file, List<byte[]> masterKeys) {
        this.file = file;
        this.keys = new LinkedHashMap<>();
        masterKeys.forEach(key -> keys.put(idOf(key), key));
        this.current = idOf(masterKeys.get(0));
    }

    /**
     * Reads the keyring, creating it (one new key, owner-only) when it is missing. Refuses, naming
     * the file and what to do, one that group or others may read, or that holds a bad line.
     */
    public static LocalKeyring openOrCreate(Path file) {
        Objects.requireNonNull(file, "file");
        return new LocalKeyring(file, KeyringFile.loadOrCreate(file));
    }

    /** The id of the key that wraps new data keys. */
    public String currentKeyId() {
        return current;
    }

    @Override
    public GeneratedDataKey generateDataKey(Map<String, String> context) {
        byte[] dataKey = Aead.random(Aead.KEY_BYTES);
        return new GeneratedDataKey(dataKey, new WrappedKey(wrap(current, dataKey, context), current));
    }

    @Override
    public Either<OpenFailure, byte[]> decrypt(byte[] wrapped, String masterKeyId, Map<String, String> context) {
        byte[] master = keys.get(masterKeyId);
        if (master == null) {
            return Either.left(OpenFailure.UNKNOWN_KEY);
        }
        return Aead.unwrap(master, wrapped, aad(masterKeyId, context)).toEither(OpenFailure.NOT_AUTHENTIC);
    }

    @Override
    public Either<OpenFailure, WrappedKey> reEncrypt(byte[] wrapped, String masterKeyId, Map<String, String> context,
                                                     String newMasterKeyId) {
        if (!keys.containsKey(newMasterKeyId)) {
            return Either.left(OpenFailure.UNKNOWN_KEY);
        }
        return decrypt(wrapped, masterKeyId, context).map(dataKey -> {
            try {
                return new WrappedKey(wrap(newMasterKeyId, dataKey, context), newMasterKeyId);
            } finally {
                Arrays.fill(dataKey, (byte) 0);
            }
        });
    }

    @Override
    public ComponentHealth probe() {
        return new ComponentHealth(KeyServiceUnavailableException.COMPONENT, true,
                "local keyring " + file.getFileName() + ", key " + current + " (" + keys.size() + " in the ring)");
    }

    private byte[] wrap(String masterKeyId, byte[] dataKey, Map<String, String> context) {
        return Aead.wrap(keys.get(masterKeyId), dataKey, aad(masterKeyId, context));
    }

    private static byte[] aad(String masterKeyId, Map<String, String> context) {
        byte[] pairs = EncryptionContext.bytes(context);
        byte[] id = ("key=" + masterKeyId + "\n").getBytes(UTF_8);
        byte[] aad = Arrays.copyOf(id, id.length + pairs.length);
        System.arraycopy(pairs, 0, aad, id.length, pairs.length);
        return aad;
    }

    static String idOf(byte[] masterKey) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(masterKey);
            return "local/" + HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", impossible);
        }
    }
}
