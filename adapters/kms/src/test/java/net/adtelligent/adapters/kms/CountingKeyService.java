package net.adtelligent.adapters.kms;

import io.vavr.control.Either;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import net.adtelligent.domain.secret.OpenFailure;
import net.adtelligent.ports.out.ComponentHealth;

/**
 * A real key service that counts the calls made to it: what the cache saves is what is not counted.
 * Public for the benchmark, which reports the calls its timed opens made.
 */
public final class CountingKeyService implements KeyService {

    private final KeyService real;
    final AtomicInteger generated = new AtomicInteger();
    final AtomicInteger decrypted = new AtomicInteger();
    final AtomicInteger reEncrypted = new AtomicInteger();

    public CountingKeyService(KeyService real) {
        this.real = real;
    }

    public int calls() {
        return generated.get() + decrypted.get() + reEncrypted.get();
    }

    @Override
    public GeneratedDataKey generateDataKey(Map<String, String> context) {
        generated.incrementAndGet();
        return real.generateDataKey(context);
    }

    @Override
    public Either<OpenFailure, byte[]> decrypt(byte[] wrapped, String masterKeyId, Map<String, String> context) {
        decrypted.incrementAndGet();
        return real.decrypt(wrapped, masterKeyId, context);
    }

    @Override
    public Either<OpenFailure, WrappedKey> reEncrypt(byte[] wrapped, String masterKeyId, Map<String, String> context,
                                                     String newMasterKeyId) {
        reEncrypted.incrementAndGet();
        return real.reEncrypt(wrapped, masterKeyId, context, newMasterKeyId);
    }

    @Override
    public ComponentHealth probe() {
        return real.probe();
    }
}
