package net.adtelligent.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import net.adtelligent.adapters.kms.AwsKeys;
import net.adtelligent.adapters.kms.AwsKmsKeyService;
import net.adtelligent.testing.MotoServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.kms.model.KeyMetadata;

/**
 * rotate-deks --new-master-key on AWS KMS (moto server): every data key wrapped under the new
 * master key by KMS ReEncrypt; afterwards the old master key is disabled and every secret still opens.
 */
class RotateDeksAwsKmsTest {

    @RegisterExtension
    static final MotoServer moto = new MotoServer();

    private static final String REGION = "eu-west-1";

    @TempDir
    Path data;

    @Test
    void newMasterKey_givenSecretsUnderTheOldKey_wrapsThemAllUnderTheNewOne_andTheOldKeyCanBeDisabled() throws Exception {
        try (KmsClient operator = operator()) {
            KeyMetadata old = operator.createKey(r -> r.description("rotation test, old")).keyMetadata();
            KeyMetadata next = operator.createKey(r -> r.description("rotation test, new")).keyMetadata();
            RotationWorld world = new RotationWorld(data, Map.of("ADT_KMS_PROVIDER", "aws",
                    "ADT_KMS_KEY_ID", old.keyId(), "AWS_REGION", REGION, "ADT_KMS_ENDPOINT", moto.endpoint().toString(),
                    "AWS_ACCESS_KEY_ID", "testing", "AWS_SECRET_ACCESS_KEY", "testing"));

            assertThat(world.cli("rotate-deks", "--dry-run", "--new-master-key", next.arn())).isZero();
            assertThat(world.out.toString()).contains("3 tenants, 9 secrets, 9 to seal again");
            assertThat(world.cli("rotate-deks", "--new-master-key", next.arn())).as(world.err.toString()).isZero();
            assertThat(world.cli("rotate-deks", "--new-master-key", next.arn())).as(world.err.toString()).isZero();

            assertThat(world.out.toString()).contains("key v1 (wrapped anew)", "3 tenants, 9 secrets, 9 sealed again",
                    "3 tenants, 9 secrets, 0 sealed again");
            assertThat(world.tables()).doesNotContain(old.arn());
            operator.disableKey(r -> r.keyId(old.keyId()));
            try (AwsKmsKeyService kms = AwsKmsKeyService.create(next.keyId(), REGION, Optional.of(moto.endpoint()),
                    Optional.of(new AwsKeys("testing", "testing", Optional.empty())))) {
                assertThat(world.plaintexts(kms)).isEqualTo(RotationWorld.expected());
            }
        }
    }

    private static KmsClient operator() {
        return KmsClient.builder().region(Region.of(REGION)).endpointOverride(moto.endpoint())
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("testing", "testing")))
                .httpClient(UrlConnectionHttpClient.create()).build();
    }
}
