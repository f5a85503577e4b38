package net.adtelligent.adapters.kms;

import java.util.Optional;
import java.util.UUID;
import net.adtelligent.memory.InMemoryDataKeyStore;
import net.adtelligent.ports.out.SecretVault;
import net.adtelligent.ports.out.SecretVaultContract;
import net.adtelligent.testing.MotoServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The shared SecretVault contract on AWS KMS, as emulated by moto server on loopback. */
class EnvelopeVaultAwsKmsTest extends SecretVaultContract {

    @RegisterExtension
    static final MotoServer moto = new MotoServer();

    private static final InMemoryDataKeyStore STORE = new InMemoryDataKeyStore();
    private static AwsKmsKeyService kms;

    @BeforeAll
    static void masterKey() {
        String keyId = KmsFixtures.createKey(moto.endpoint());
        kms = AwsKmsKeyService.create(keyId, KmsFixtures.REGION, Optional.of(moto.endpoint()),
                Optional.of(KmsFixtures.DUMMY_KEYS));
    }

    @AfterAll
    static void closeClient() {
        kms.close();
    }

    /** A well-formed ARN of a key that does not exist: KMS itself answers that it does not know it. */
    @Override
    protected String unknownMasterKeyId() {
        return "arn:aws:kms:" + KmsFixtures.REGION + ":123456789012:key/" + UUID.randomUUID();
    }

    @Override
    protected SecretVault vault() {
        return new EnvelopeVault(kms, STORE, CacheLimits.DEFAULT);
    }
}
