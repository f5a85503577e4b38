package net.adtelligent.adapters.kms;

import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/**
 * An access key given in so many words (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY and, for a
 * temporary key, AWS_SESSION_TOKEN), for a client pointed at an emulator or another endpoint where
 * the SDK's default chain must not go looking. {@link #toString()} never shows the secret parts.
 */
public record AwsKeys(String accessKeyId, String secretAccessKey, Optional<String> sessionToken) {

    public AwsKeys {
        Objects.requireNonNull(accessKeyId, "accessKeyId");
        Objects.requireNonNull(secretAccessKey, "secretAccessKey");
        Objects.requireNonNull(sessionToken, "sessionToken");
    }

    StaticCredentialsProvider provider() {
        AwsCredentials credentials = sessionToken
                .<AwsCredentials>map(token -> AwsSessionCredentials.create(accessKeyId, secretAccessKey, token))
                .orElseGet(() -> AwsBasicCredentials.create(accessKeyId, secretAccessKey));
        return StaticCredentialsProvider.create(credentials);
    }

    @Override
    public String toString() {
        return "AwsKeys[accessKeyId=" + accessKeyId + ", secretAccessKey=***"
                + sessionToken.map(token -> ", sessionToken=***").orElse("") + "]";
    }
}
