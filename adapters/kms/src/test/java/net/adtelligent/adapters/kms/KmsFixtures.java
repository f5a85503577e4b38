package net.adtelligent.adapters.kms;

import java.net.URI;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.kms.KmsClient;

/** What an operator does in the console of the emulator: makes master keys. Dummy keys only. */
final class KmsFixtures {

    static final String REGION = "eu-west-1";
    /** Keys as the service takes them from AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY; moto accepts any. */
    static final AwsKeys DUMMY_KEYS = new AwsKeys("testing", "testing", Optional.empty());

    private KmsFixtures() {
    }

    /** A new symmetric master key; answers its id. */
    static String createKey(URI endpoint) {
        try (KmsClient operator = operator(endpoint)) {
            return operator.createKey(r -> r.description("adtelligent test master key")).keyMetadata().keyId();
        }
    }

    static KmsClient operator(URI endpoint) {
        return KmsClient.builder().region(Region.of(REGION)).endpointOverride(endpoint)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("testing", "testing")))
                .httpClient(UrlConnectionHttpClient.create()).build();
    }
}
