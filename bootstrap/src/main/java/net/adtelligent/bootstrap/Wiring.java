package net.adtelligent.bootstrap;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.function.UnaryOperator;
import net.adtelligent.adapters.airbyte.AirbyteClient;
import net.adtelligent.adapters.auth.Argon2PasswordHasher;
import net.adtelligent.adapters.auth.JwtAccessTokens;
import net.adtelligent.adapters.auth.SigningKeys;
import net.adtelligent.adapters.auth.ZxcvbnPasswordScreen;
import net.adtelligent.adapters.dbt.DbtTargetFolder;
import net.adtelligent.adapters.kms.AwsKmsKeyService;
import net.adtelligent.adapters.kms.EnvelopeVault;
import net.adtelligent.adapters.kms.KeyService;
import net.adtelligent.adapters.kms.LocalKeyring;
import net.adtelligent.adapters.metrics.Monitoring;
import net.adtelligent.adapters.oauth.HttpOAuthPlatforms;
import net.adtelligent.adapters.oauth.OAuthSettings;
import net.adtelligent.adapters.outbox.OutboxMailer;
import net.adtelligent.adapters.postgres.PostgresDatabase;
import net.adtelligent.adapters.postgres.scheduling.AlertScheduler;
import net.adtelligent.adapters.postgres.scheduling.SnapshotScheduler;
import net.adtelligent.adapters.postgres.scheduling.TokenUpkeepScheduler;
import net.adtelligent.adapters.postgres.scheduling.SyncPollScheduler;
import net.adtelligent.adapters.postgres.scheduling.UploadExpiryScheduler;
import net.adtelligent.adapters.postgres.scheduling.WebhookRetentionScheduler;
import net.adtelligent.adapters.ses.SesMailer;
import net.adtelligent.application.Adtelligent;
import net.adtelligent.contracts.Contracts;
import net.adtelligent.contracts.csv.ContractIngestion;
import net.adtelligent.domain.identity.Email;
import net.adtelligent.ports.out.HealthProbe;
import net.adtelligent.ports.out.Mailer;
import net.adtelligent.ports.out.SecretVault;
import net.adtelligent.ports.out.Security;
import net.adtelligent.ports.out.Telemetry;

/** Builds the core from the settings: plain Java, no container, one place to read. */
final class Wiring {

    /** The name the credential fingerprints' key is derived under: never renamed, or every fingerprint changes. */
    static final String FINGERPRINT_PURPOSE = "adtelligent credential fingerprints";

    private Wiring() {
    }

    /**
     * The core for one-shot commands: no scheduler (a snapshot asked for is generated at once) and
     * no metrics, which only a running service exposes.
     */
    static Adtelligent core(Settings settings, PostgresDatabase database) {
        return builder(settings, database, mailer(settings), Telemetry.NONE).build();
    }

    /** The running service's parts: the core with its metrics and its persistent schedulers, to be started. */
    record Service(Adtelligent core, SnapshotScheduler scheduler, UploadExpiryScheduler uploadExpiry,
                   TokenUpkeepScheduler tokenUpkeep, SyncPollScheduler syncPoll, AlertScheduler alertChecks,
                   WebhookRetentionScheduler webhookRetention, Monitoring monitoring) {
    }

    static Service service(Settings settings, PostgresDatabase database) {
        return service(settings, database, UnaryOperator.identity());
    }

    /** As {@link #service(Settings, PostgresDatabase)}, with {@code more} given the builder last. */
    static Service service(Settings settings, PostgresDatabase database, UnaryOperator<Adtelligent.Builder> more) {
        Monitoring monitoring = new Monitoring(Clock.systemUTC());
        Mailed mail = mailer(settings);
        Mailed metered = new Mailed(monitoring.metered(mail.mailer()), mail.readiness());
        SnapshotScheduler scheduler = SnapshotScheduler.on(database, database.alertSink(), monitoring.telemetry(),
                settings.metrics().scheduling());
        SyncPollScheduler syncPoll = SyncPollScheduler.on(database, settings.metrics().scheduling());
        Adtelligent core = more.apply(builder(settings, database, metered, monitoring.telemetry())
                .snapshotRequests(scheduler)
                .syncPollRequests(syncPoll))
                .build();
        return new Service(core, scheduler, UploadExpiryScheduler.on(database, settings.metrics().scheduling()),
                TokenUpkeepScheduler.on(database, settings.metrics().scheduling()), syncPoll,
                AlertScheduler.on(database, settings.metrics().alerts().checkInterval(), settings.metrics().scheduling()),
                WebhookRetentionScheduler.on(database, settings.metrics().scheduling()), monitoring);
    }

    private static Adtelligent.Builder builder(Settings settings, PostgresDatabase database, Mailed mail,
                                               Telemetry telemetry) {
        SigningKeys keys = signingKeys(settings);
        Adtelligent.Builder builder = Adtelligent.builder();
        SecretVault vault = secretVault(settings, database, builder);
        airbyte(settings, telemetry).ifPresent(client -> builder.healthProbe(client.healthProbe())
                .airbyte((net.adtelligent.ports.out.AirbyteOrchestration) client)
                .airbyte(client, AirbyteStreams.of(Contracts.load())));
        builder.syncScheduling(settings.airbyte().scheduling());
        settings.dbt().targetDir().ifPresent(dir -> builder.dbt(new DbtTargetFolder(dir), settings.dbt().staleAfter()));
        return builder
                .stores(database.stores())
                // The sums from dbt's marts with ADT_FACTS_SOURCE=dbt; every write still goes to the application's tables.
                .facts(database.factStores(settings.metrics().alerts().policy(), settings.dbt().factsSource()))
                .unitOfWork(database.unitOfWork())
                // In the database, so every instance of the service sees every upload.
                .ingestion(ContractIngestion.with(database.uploadStorage(), settings.uploadMaxBytes())
                        .withQuotaBytes(settings.uploadQuotaBytes())
                        .withRetention(settings.uploadRetention()))
                .security(new Security(new Argon2PasswordHasher(), new ZxcvbnPasswordScreen(),
                        new JwtAccessTokens(keys)))
                .credentialFingerprintKey(keys.derivedKey(FINGERPRINT_PURPOSE))
                .mailer(mail.mailer())
                .secretVault(vault)
                .publicUrl(URI.create(settings.publicUrlOr(settings.httpPort())))
                .healthProbe(database.healthProbe())
                .healthProbe(mail.readiness())
                .healthProbe(vault)
                .telemetry(telemetry)
                // Recorded in the database, so a delivery repeated to another instance is passed on once.
                .webhook(settings.airbyte().webhook(), database.webhookDeliveries())
                // In the database, so two instances (or a reconcile beside a change) never provision one connection twice.
                .provisioningLocks(database.provisioningLocks())
                .loginLimits(settings.auth().loginLimits())
                .metricsSettings(settings.metrics().metrics())
                .oauthPlatforms(new HttpOAuthPlatforms(OAuthSettings.of(URI.create(settings.oauth().redirectBase()
                        .orElseGet(() -> settings.publicUrlOr(settings.httpPort()))), settings.oauth().clients()),
                        Clock.systemUTC()))
                .consentStores(database.oauthGrantStore(), database.tokenAlerts())
                .consentScopes(settings.permissions().requestedScopes())
                .alertRules(settings.metrics().alerts().rules());
    }

    private static SigningKeys signingKeys(Settings settings) {
        try {
            return settings.auth().signingKey()
                    .map(key -> SigningKeys.parse(key, settings.auth().previousKeys()))
                    .orElseGet(() -> SigningKeys.loadOrCreate(settings.dataDir().resolve("jwt-signing.key")));
        } catch (IllegalArgumentException | IllegalStateException bad) {
            throw new ConfigurationException(bad.getMessage(), bad);
        }
    }

    /**
     * Envelope encryption over the database's data keys, with the key service the settings name;
     * an AWS client is closed with the core. A shared or bad local keyring stops the start (exit 2).
     */
    private static SecretVault secretVault(Settings settings, PostgresDatabase database, Adtelligent.Builder builder) {
        KmsSettings kms = settings.kms();
        KeyService keyService;
        if (kms.provider() == KmsSettings.Provider.LOCAL) {
            try {
                keyService = LocalKeyring.openOrCreate(settings.dataDir().resolve(KmsSettings.KEYRING_FILE));
            } catch (IllegalStateException bad) {
                throw new ConfigurationException(bad.getMessage(), bad);
            }
        } else {
            AwsKmsKeyService aws = AwsKmsKeyService.create(kms.keyId().get(), kms.region().get(),
                    kms.endpoint().map(URI::create), kms.keys());
            builder.owning(aws);
            keyService = aws;
        }
        return new EnvelopeVault(keyService, database.dataKeyStore(), kms.cache());
    }

    /**
     * The Airbyte client when ADT_AIRBYTE_URL is set: its health ("airbyte"), the Airbyte ports
     * connections are set up through, and syncs started and followed through it.
     */
    static Optional<AirbyteClient> airbyte(Settings settings, Telemetry telemetry) {
        return settings.airbyte().config().map(config -> AirbyteClient.create(config, telemetry));
    }

    private record Mailed(Mailer mailer, HealthProbe readiness) {
    }

    private static Mailed mailer(Settings settings) {
        MailSettings mail = settings.mail();
        Email from = Email.parse("ADT_MAIL_FROM", mail.from()).fold(
                violation -> {
                    throw new ConfigurationException("ADT_MAIL_FROM='" + mail.from() + "' " + violation.reason());
                },
                valid -> valid);
        if (mail.provider() == MailSettings.Provider.OUTBOX) {
            Path outbox = settings.dataDir().resolve("outbox");
            OutboxMailer outboxMailer = new OutboxMailer(outbox, from);
            return new Mailed(outboxMailer, outboxMailer.readiness());
        }
        SesMailer ses = SesMailer.create(from, mail.region().get(), mail.endpoint().map(URI::create), mail.keys());
        return new Mailed(ses, ses.readiness());
    }
}
