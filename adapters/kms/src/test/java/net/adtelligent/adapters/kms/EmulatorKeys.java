package net.adtelligent.adapters.kms;

import java.net.URI;
import java.util.Optional;

/**
 * Master keys made in an AWS KMS emulator, and a key service on them with dummy keys: for the
 * benchmarks, which may not use the AWS SDK themselves (it belongs to this adapter).
 */
public final class EmulatorKeys {

    public static final String REGION = KmsFixtures.REGION;

    private EmulatorKeys() {
    }

    /** A new symmetric master key in the emulator; answers its ARN. */
    public static String newKeyArn(URI endpoint) {
        try (var operator = KmsFixtures.operator(endpoint)) {
            return operator.createKey(r -> r.description("adtelligent emulator key")).keyMetadata().arn();
        }
    }

    /** The service's AWS KMS key service on the emulator, wrapping new data keys under {@code keyArn}. */
    public static AwsKmsKeyService keyService(URI endpoint, String keyArn) {
        return AwsKmsKeyService.create(keyArn, REGION, Optional.of(endpoint), Optional.of(KmsFixtures.DUMMY_KEYS));
    }
}
