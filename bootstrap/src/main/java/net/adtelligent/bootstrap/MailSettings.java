package net.adtelligent.bootstrap;

import java.util.Optional;
import net.adtelligent.adapters.ses.AwsKeys;

/**
 * How mail goes out: ADT_MAIL_PROVIDER=outbox (default: .eml files under ADT_DATA_DIR/outbox)
 * or ses (AWS SES v2 in AWS_REGION, from ADT_MAIL_FROM, a verified identity; ADT_SES_ENDPOINT
 * points the client at an emulator). The keys come from AWS_ACCESS_KEY_ID and
 * AWS_SECRET_ACCESS_KEY (and AWS_SESSION_TOKEN) when set: with ADT_SES_ENDPOINT they are the only
 * credentials the client may use; without it the SDK's default chain applies.
 */
public record MailSettings(Provider provider, String from, Optional<String> region, Optional<String> endpoint,
                           Optional<AwsKeys> keys) {

    public enum Provider { OUTBOX, SES }

    static final String DEFAULT_FROM = "no-reply@adtelligent.local";

    static MailSettings from(Env env) {
        MailSettings mail = new MailSettings(
                env.choice("ADT_MAIL_PROVIDER", Provider.class, Provider.OUTBOX),
                env.text("ADT_MAIL_FROM", DEFAULT_FROM),
                env.optional("AWS_REGION"),
                env.optional("ADT_SES_ENDPOINT"),
                keys(env));
        if (mail.provider == Provider.SES && mail.region.isEmpty()) {
            throw new ConfigurationException("ADT_MAIL_PROVIDER=ses needs AWS_REGION (e.g. eu-west-1)");
        }
        if (mail.provider == Provider.SES && mail.from.equals(DEFAULT_FROM)) {
            throw new ConfigurationException("ADT_MAIL_PROVIDER=ses needs ADT_MAIL_FROM, an address SES has verified");
        }
        return mail;
    }

    private static Optional<AwsKeys> keys(Env env) {
        Optional<String> id = env.optional("AWS_ACCESS_KEY_ID");
        Optional<String> secret = env.optional("AWS_SECRET_ACCESS_KEY");
        if (id.isPresent() != secret.isPresent()) {
            throw new ConfigurationException("AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY go together: set both or neither");
        }
        return id.map(key -> new AwsKeys(key, secret.get(), env.optional("AWS_SESSION_TOKEN")));
    }
}
