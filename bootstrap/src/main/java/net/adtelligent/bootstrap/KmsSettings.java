package net.adtelligent.bootstrap;

import java.util.Optional;
import net.adtelligent.adapters.kms.AwsKeys;
import net.adtelligent.adapters.kms.CacheLimits;

/**
 * Where tenants' secrets are sealed: ADT_KMS_PROVIDER=local (default: master keys in
 * ADT_DATA_DIR/kms-keyring, owner-only) or aws (AWS KMS, the key ADT_KMS_KEY_ID in AWS_REGION;
 * ADT_KMS_ENDPOINT points the client at an emulator, and then only AWS_ACCESS_KEY_ID and
 * AWS_SECRET_ACCESS_KEY are used). ADT_KMS_CACHE_* bound how long unwrapped data keys stay in memory.
 */
public record KmsSettings(Provider provider, Optional<String> keyId, Optional<String> region, Optional<String> endpoint,
                          Optional<AwsKeys> keys, CacheLimits cache) {

    public enum Provider { LOCAL, AWS }

    static final String KEYRING_FILE = "kms-keyring";

    static KmsSettings from(Env env) {
        CacheLimits defaults = CacheLimits.DEFAULT;
        KmsSettings kms = new KmsSettings(
                env.choice("ADT_KMS_PROVIDER", Provider.class, Provider.LOCAL),
                env.optional("ADT_KMS_KEY_ID"),
                env.optional("AWS_REGION"),
                env.optional("ADT_KMS_ENDPOINT"),
                env.optional("AWS_ACCESS_KEY_ID").flatMap(id -> env.optional("AWS_SECRET_ACCESS_KEY")
                        .map(secret -> new AwsKeys(id, secret, env.optional("AWS_SESSION_TOKEN")))),
                new CacheLimits(
                        env.durationOrZero("ADT_KMS_CACHE_MAX_AGE", defaults.maxAge()),
                        env.number("ADT_KMS_CACHE_MAX_USES", defaults.maxUses(), 1, Long.MAX_VALUE),
                        env.number("ADT_KMS_CACHE_MAX_KEYS", defaults.maxKeys(), 0, 10_000_000)));
        if (kms.provider == Provider.AWS && kms.keyId.isEmpty()) {
            throw new ConfigurationException("ADT_KMS_PROVIDER=aws needs ADT_KMS_KEY_ID (the KMS key's id, ARN or "
                    + "alias/name that wraps the data keys)");
        }
        if (kms.provider == Provider.AWS && kms.region.isEmpty()) {
            throw new ConfigurationException("ADT_KMS_PROVIDER=aws needs AWS_REGION (e.g. eu-west-1)");
        }
        return kms;
    }

    @Override
    public String toString() {
        return "KmsSettings[" + provider + keyId.map(id -> ", key " + id).orElse("") + ", cache " + cache + "]";
    }
}
