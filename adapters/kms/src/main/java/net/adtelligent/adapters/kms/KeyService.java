package net.adtelligent.adapters.kms;

import io.vavr.control.Either;
import java.util.Map;
import net.adtelligent.domain.secret.OpenFailure;
import net.adtelligent.ports.out.ComponentHealth;

/**
 * Where master keys live and never leave: it makes data keys and unwraps them, each bound to an
 * encryption context (tenant and purpose) that must be given again to unwrap. A service that
 * cannot be reached or refuses to work throws {@link KeyServiceUnavailableException}; a wrapped key
 * that does not unwrap (changed, another context, a master key it does not know) is a failure value.
 */
public interface KeyService {

    /** A fresh 256-bit data key, in plain and wrapped under the current master key with the context. */
    GeneratedDataKey generateDataKey(Map<String, String> context);

    /** The plain data key; the caller clears it when done. */
    Either<OpenFailure, byte[]> decrypt(byte[] wrapped, String masterKeyId, Map<String, String> context);

    /** The same data key wrapped under {@code newMasterKeyId}, without it leaving the key service where it can. */
    Either<OpenFailure, WrappedKey> reEncrypt(byte[] wrapped, String masterKeyId, Map<String, String> context,
                                              String newMasterKeyId);

    /** Whether the master key can be used now, in a few seconds at most; the detail names no secret. */
    ComponentHealth probe();

    /** A data key as made: {@link #plaintext()} is the caller's to clear. */
    record GeneratedDataKey(byte[] plaintext, WrappedKey wrapped) {
    }

    /** A data key wrapped by the master key of that id (for AWS KMS, the key's ARN). */
    record WrappedKey(byte[] bytes, String masterKeyId) {
    }
}
