package net.adtelligent.bootstrap;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.adtelligent.adapters.http.ClientLimits;
import net.adtelligent.adapters.http.TrustedProxies;
import net.adtelligent.application.WebhookSettings;
import net.adtelligent.ports.out.Ingestion;

/**
 * Everything the standalone service reads from its environment, checked once at start-up.
 * Each variable is listed in the README and in .env.sample.
 */
public record Settings(
        Optional<DatabaseUrl> databaseUrl,
        String databaseAppRole,
        Duration databaseReadCache,
        Path dataDir,
        String httpHost,
        int httpPort,
        long httpMaxBodyBytes,
        long uploadMaxBytes,
        long uploadQuotaBytes,
        Duration uploadRetention,
        Optional<String> publicUrl,
        List<String> corsOrigins,
        int throttlePerAddress,
        int throttlePerAccount,
        ClientLimits httpClients,
        AuthSettings auth,
        MailSettings mail,
        KmsSettings kms,
        MetricsConfig metrics,
        Optional<String> demoPassword,
        DatabaseLimits databaseLimits,
        AirbyteSettings airbyte,
        PermissionSettings permissions, OAuthPlatformSettings oauth, DbtSettings dbt) {

    static final String DEFAULT_APP_ROLE = "adtelligent_app";
    static final long DEFAULT_MAX_BODY_BYTES = 1024 * 1024;
    /**
     * How long the lookups of every signed-in request (tenant, membership, account, newest snapshot)
     * are kept: a change made through another instance or by hand in SQL is seen within this time.
     */
    static final Duration DEFAULT_DATABASE_READ_CACHE = Duration.ofSeconds(1);

    public static Settings from(Map<String, String> variables) {
        Env env = new Env(variables);
        return new Settings(
                env.optional("ADT_DATABASE_URL").map(DatabaseUrl::parse),
                env.text("ADT_DATABASE_APP_ROLE", DEFAULT_APP_ROLE),
                env.durationOrZero("ADT_DATABASE_READ_CACHE", DEFAULT_DATABASE_READ_CACHE),
                env.optional("ADT_DATA_DIR").map(Path::of).orElse(Path.of(System.getProperty("user.home"), ".adtelligent")),
                env.text("ADT_HTTP_HOST", "127.0.0.1"),
                env.integer("ADT_HTTP_PORT", 8080, 0, 65535),
                env.integer("ADT_HTTP_MAX_BODY_BYTES", DEFAULT_MAX_BODY_BYTES, 1024, Integer.MAX_VALUE),
                env.number("ADT_UPLOAD_MAX_BYTES", Ingestion.DEFAULT_MAX_UPLOAD_BYTES, 1024, 64L * 1024 * 1024 * 1024),
                env.number("ADT_UPLOAD_QUOTA_BYTES", Ingestion.DEFAULT_QUOTA_BYTES, 1024, 1024L * 1024 * 1024 * 1024),
                env.duration("ADT_UPLOAD_RETENTION", Ingestion.DEFAULT_RETENTION),
                env.optional("ADT_PUBLIC_URL"),
                env.list("ADT_CORS_ORIGINS"),
                env.integer("ADT_THROTTLE_PER_ADDRESS", 60, 1, 100_000),
                env.integer("ADT_THROTTLE_PER_ACCOUNT", 10, 1, 100_000),
                clientLimits(env),
                AuthSettings.from(env),
                MailSettings.from(env),
                KmsSettings.from(env),
                MetricsConfig.from(env),
                env.optional("ADT_DEMO_PASSWORD"),
                DatabaseLimits.from(env),
                AirbyteSettings.from(env),
                PermissionSettings.from(env), OAuthPlatformSettings.from(env), DbtSettings.from(env));
    }

    public Settings withHttpPort(int port) {
        return new Settings(databaseUrl, databaseAppRole, databaseReadCache, dataDir, httpHost, port, httpMaxBodyBytes,
                uploadMaxBytes, uploadQuotaBytes, uploadRetention, publicUrl, corsOrigins, throttlePerAddress,
                throttlePerAccount, httpClients, auth, mail, kms, metrics, demoPassword, databaseLimits, airbyte,
                permissions, oauth, dbt);
    }

    /**
     * These settings for a throwaway demo: an embedded database in {@code data}, any free port on
     * {@code host}, no public URL, CORS, Airbyte, OAuth clients or dbt, and the demo owner's password given.
     */
    public Settings scratchDemo(Path data, String host, String password) {
        return new Settings(Optional.empty(), databaseAppRole, databaseReadCache, data, host, 0, httpMaxBodyBytes,
                uploadMaxBytes, uploadQuotaBytes, uploadRetention, Optional.empty(), List.of(), throttlePerAddress,
                throttlePerAccount, httpClients, auth, mail, kms, metrics, Optional.of(password), databaseLimits,
                AirbyteSettings.OFF, permissions, OAuthPlatformSettings.NONE, DbtSettings.OFF);
    }

    /** The same settings with another webhook configuration (secrets, signing secrets). */
    public Settings withAirbyteWebhook(WebhookSettings webhook) {
        return new Settings(databaseUrl, databaseAppRole, databaseReadCache, dataDir, httpHost, httpPort, httpMaxBodyBytes,
                uploadMaxBytes, uploadQuotaBytes, uploadRetention, publicUrl, corsOrigins, throttlePerAddress,
                throttlePerAccount, httpClients, auth, mail, kms, metrics, demoPassword, databaseLimits,
                airbyte.withWebhook(webhook), permissions, oauth, dbt);
    }

    /** Whether consents can start on the platform here: its OAuth client is configured. */
    public boolean oauthConfigured(net.adtelligent.domain.permission.PermissionPlatform platform) {
        return oauth.configured(platform);
    }

    /** The same settings with another per-address bound: for a load test that opens more connections than the default allows. */
    public Settings withMaxRequestsPerAddress(int max) {
        return new Settings(databaseUrl, databaseAppRole, databaseReadCache, dataDir, httpHost, httpPort, httpMaxBodyBytes,
                uploadMaxBytes, uploadQuotaBytes, uploadRetention, publicUrl, corsOrigins, throttlePerAddress, throttlePerAccount,
                new ClientLimits(httpClients.idleTimeout(), httpClients.minBodyBytesPerSecond(), max,
                        httpClients.trustedProxies()), auth, mail, kms, metrics,
                demoPassword, databaseLimits, airbyte, permissions, oauth, dbt);
    }

    /**
     * ADT_HTTP_IDLE_TIMEOUT, ADT_HTTP_MIN_BODY_RATE (bytes a second), ADT_HTTP_MAX_REQUESTS_PER_ADDRESS,
     * ADT_TRUSTED_PROXIES (addresses and CIDR blocks whose X-Forwarded-For is believed).
     */
    private static ClientLimits clientLimits(Env env) {
        ClientLimits defaults = ClientLimits.defaults();
        Duration idle = env.duration("ADT_HTTP_IDLE_TIMEOUT", defaults.idleTimeout());
        if (idle.toMillis() < 1) {
            throw new ConfigurationException("ADT_HTTP_IDLE_TIMEOUT='" + idle + "' must be at least a millisecond, e.g. PT10S");
        }
        return new ClientLimits(idle,
                env.number("ADT_HTTP_MIN_BODY_RATE", defaults.minBodyBytesPerSecond(), 1, 1024L * 1024 * 1024),
                env.integer("ADT_HTTP_MAX_REQUESTS_PER_ADDRESS", defaults.maxRequestsPerAddress(), 1, 100_000),
                trustedProxies(env));
    }

    private static TrustedProxies trustedProxies(Env env) {
        try {
            return TrustedProxies.parse(env.optional("ADT_TRUSTED_PROXIES").orElse(""));
        } catch (IllegalArgumentException wrong) {
            throw new ConfigurationException("ADT_TRUSTED_PROXIES: " + wrong.getMessage());
        }
    }

    /** Where users reach the service, for links in mails; the listening address when not set. */
    public String publicUrlOr(int boundPort) {
        return publicUrl.orElse("http://" + httpHost + ":" + boundPort);
    }
}
