package net.adtelligent.adapters.kms;

import io.vavr.control.Either;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import net.adtelligent.domain.secret.OpenFailure;
import net.adtelligent.ports.out.ComponentHealth;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.kms.KmsClientBuilder;
import software.amazon.awssdk.services.kms.model.DataKeySpec;
import software.amazon.awssdk.services.kms.model.DecryptResponse;
import software.amazon.awssdk.services.kms.model.GenerateDataKeyResponse;
import software.amazon.awssdk.services.kms.model.IncorrectKeyException;
import software.amazon.awssdk.services.kms.model.InvalidCiphertextException;
import software.amazon.awssdk.services.kms.model.KeyMetadata;
import software.amazon.awssdk.services.kms.model.KeyState;
import software.amazon.awssdk.services.kms.model.NotFoundException;
import software.amazon.awssdk.services.kms.model.ReEncryptResponse;

/**
 * AWS KMS as the key service: GenerateDataKey, Decrypt and ReEncrypt under one customer master key
 * (an id, ARN or alias), with the tenant and purpose as encryption context. Secrets name the key by
 * the ARN KMS answers. Every call is bounded (seconds, not the SDK's minutes): a KMS that does not
 * answer is a {@link KeyServiceUnavailableException} while the user still waits.
 */
public final class AwsKmsKeyService implements KeyService, AutoCloseable {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);
    private static final Duration SOCKET_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(10);

    static final String NO_CREDENTIALS = "no AWS credentials: a client with an endpoint override uses only the "
            + "access key given to it (AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY), never an instance or task role";

    private final KmsClient client;
    private final String keyId;

    /** Takes over a client the caller built (its own proxy, credentials or retries); {@link #close()} closes it. */
    public AwsKmsKeyService(KmsClient client, String keyId) {
        this.client = Objects.requireNonNull(client, "client");
        this.keyId = Objects.requireNonNull(keyId, "keyId");
    }

    /**
     * As the service builds it. Without an endpoint override (AWS itself): the keys when given, else
     * the SDK's default provider chain (environment, profile, container or instance role). With an
     * override (an emulator, a private endpoint): the keys given and nothing else; without keys every
     * call fails at once, naming the missing keys.
     */
    public static AwsKmsKeyService create(String keyId, String region, Optional<URI> endpointOverride,
                                          Optional<AwsKeys> keys) {
        KmsClientBuilder builder = builder(region, endpointOverride);
        if (keys.isPresent()) {
            builder.credentialsProvider(keys.get().provider());
        } else if (endpointOverride.isPresent()) {
            AwsCredentialsProvider none = () -> {
                throw SdkClientException.create(NO_CREDENTIALS);
            };
            builder.credentialsProvider(none);
        }
        return new AwsKmsKeyService(builder.build(), keyId);
    }

    /** With explicit credentials, e.g. {@code StaticCredentialsProvider} with fake keys for an emulator. */
    public static AwsKmsKeyService create(String keyId, String region, Optional<URI> endpointOverride,
                                          AwsCredentialsProvider credentials) {
        Objects.requireNonNull(credentials, "credentials");
        return new AwsKmsKeyService(builder(region, endpointOverride).credentialsProvider(credentials).build(), keyId);
    }

    private static KmsClientBuilder builder(String region, Optional<URI> endpointOverride) {
        KmsClientBuilder builder = KmsClient.builder()
                .region(Region.of(Objects.requireNonNull(region, "region")))
                .httpClientBuilder(UrlConnectionHttpClient.builder()
                        .connectionTimeout(CONNECT_TIMEOUT)
                        .socketTimeout(SOCKET_TIMEOUT))
                .overrideConfiguration(o -> o.apiCallTimeout(CALL_TIMEOUT).apiCallAttemptTimeout(SOCKET_TIMEOUT));
        endpointOverride.ifPresent(builder::endpointOverride);
        return builder;
    }

    @Override
    public GeneratedDataKey generateDataKey(Map<String, String> context) {
        GenerateDataKeyResponse made;
        try {
            made = call("make a data key", () -> client.generateDataKey(r -> r
                    .keyId(keyId).keySpec(DataKeySpec.AES_256).encryptionContext(context)));
        } catch (Refused refused) {
            throw new KeyServiceUnavailableException("AWS KMS does not know the master key " + keyId
                    + " (check ADT_KMS_KEY_ID and AWS_REGION)", refused);
        }
        return new GeneratedDataKey(made.plaintext().asByteArray(),
                new WrappedKey(made.ciphertextBlob().asByteArray(), made.keyId()));
    }

    @Override
    public Either<OpenFailure, byte[]> decrypt(byte[] wrapped, String masterKeyId, Map<String, String> context) {
        if (!masterKeyId.startsWith("arn:")) {
            // Not a key KMS named (it answers ARNs): sealed by another key service, e.g. the local keyring.
            return Either.left(OpenFailure.UNKNOWN_KEY);
        }
        try {
            DecryptResponse opened = call("unwrap a data key", () -> client.decrypt(r -> r
                    .keyId(masterKeyId).ciphertextBlob(SdkBytes.fromByteArray(wrapped)).encryptionContext(context)));
            byte[] key = opened.plaintext().asByteArray();
            return key.length == Aead.KEY_BYTES ? Either.right(key) : Either.left(OpenFailure.NOT_AUTHENTIC);
        } catch (Refused refused) {
            return Either.left(refused.failure);
        }
    }

    @Override
    public Either<OpenFailure, WrappedKey> reEncrypt(byte[] wrapped, String masterKeyId, Map<String, String> context,
                                                     String newMasterKeyId) {
        try {
            ReEncryptResponse moved = call("re-wrap a data key", () -> client.reEncrypt(r -> r
                    .sourceKeyId(masterKeyId).ciphertextBlob(SdkBytes.fromByteArray(wrapped))
                    .sourceEncryptionContext(context).destinationKeyId(newMasterKeyId)
                    .destinationEncryptionContext(context)));
            return Either.right(new WrappedKey(moved.ciphertextBlob().asByteArray(), moved.keyId()));
        } catch (Refused refused) {
            return Either.left(refused.failure);
        }
    }

    /** DescribeKey on the master key: reachable, and the key enabled. */
    @Override
    public ComponentHealth probe() {
        String component = KeyServiceUnavailableException.COMPONENT;
        try {
            KeyMetadata key = call("describe the master key", () -> client.describeKey(r -> r.keyId(keyId))).keyMetadata();
            boolean enabled = key.keyState() == KeyState.ENABLED;
            return new ComponentHealth(component, enabled, "AWS KMS key " + key.arn() + " is " + key.keyStateAsString());
        } catch (Refused refused) {
            return new ComponentHealth(component, false, "AWS KMS does not know the key " + keyId);
        } catch (KeyServiceUnavailableException down) {
            return new ComponentHealth(component, false, down.getMessage());
        }
    }

    @Override
    public void close() {
        client.close();
    }

    /** What KMS answers about the key or the bytes themselves: final for that value, not an outage. */
    private static final class Refused extends RuntimeException {

        private static final long serialVersionUID = 1L;
        private final transient OpenFailure failure;

        Refused(OpenFailure failure) {
            super(failure.name(), null, false, false);
            this.failure = failure;
        }
    }

    private interface Call<T> {
        T run();
    }

    private static <T> T call(String what, Call<T> call) {
        try {
            return call.run();
        } catch (NotFoundException unknown) {
            throw new Refused(OpenFailure.UNKNOWN_KEY);
        } catch (InvalidCiphertextException | IncorrectKeyException notAuthentic) {
            throw new Refused(OpenFailure.NOT_AUTHENTIC);
        } catch (AwsServiceException refused) {
            throw new KeyServiceUnavailableException("AWS KMS refused to " + what + " (" + errorCode(refused) + ")", refused);
        } catch (SdkException unreachable) {
            throw new KeyServiceUnavailableException("could not call AWS KMS to " + what + " ("
                    + unreachable.getClass().getSimpleName() + ")", unreachable);
        }
    }

    /** The error code ("AccessDeniedException", "DisabledException"): says what went wrong, names nobody. */
    static String errorCode(AwsServiceException failure) {
        String code = failure.awsErrorDetails() == null ? null : failure.awsErrorDetails().errorCode();
        return code == null ? "HTTP " + failure.statusCode() : code;
    }
}
