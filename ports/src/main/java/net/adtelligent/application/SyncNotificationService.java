package net.adtelligent.application;

import io.vavr.control.Either;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import net.adtelligent.domain.FieldViolation;
import net.adtelligent.domain.sync.NotificationRejection;
import net.adtelligent.ports.in.SyncNotifications;
import net.adtelligent.ports.in.system.SyncSignals;
import net.adtelligent.ports.out.Telemetry;
import net.adtelligent.ports.out.UnitOfWork;
import net.adtelligent.ports.out.WebhookDeliveries;

/**
 * Airbyte's webhook deliveries: authenticated first (nothing is recorded or parsed for a caller
 * without the secret), then handed to {@link DeliveryBatches}, which records each job and outcome
 * once and passes it to {@link SyncSignals}, which reads the job from Airbyte. What the
 * notification says about the job's outcome is never taken as true here: replayed or reordered
 * deliveries only make the job be read again.
 */
final class SyncNotificationService implements SyncNotifications {

    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(SyncNotificationService::sha256);

    private final WebhookSettings settings;
    private final List<byte[]> secretDigests;
    private final StandardWebhookSignature signature;
    private final Telemetry telemetry;
    private final Clock clock;
    private final Optional<DeliveryBatches> batches;

    /** Starts the thread that records deliveries when the settings configure the webhook. */
    SyncNotificationService(WebhookSettings settings, SyncSignals signals, WebhookDeliveries deliveries, UnitOfWork units,
                            Telemetry telemetry, Clock clock) {
        this.settings = settings;
        this.secretDigests = settings.secrets().stream().map(SyncNotificationService::digest).toList();
        this.signature = new StandardWebhookSignature(settings.signingSecrets(), settings.tolerance());
        this.telemetry = telemetry;
        this.clock = clock;
        this.batches = settings.configured()
                ? Optional.of(new DeliveryBatches(settings.backlog(), signals, deliveries, units, telemetry, clock))
                : Optional.empty();
    }

    /** What to close with the core, if anything. */
    Optional<AutoCloseable> resource() {
        return batches.map(AutoCloseable.class::cast);
    }

    @Override
    public Either<NotificationRejection, JobNotice> receive(Delivery delivery) {
        if (batches.isEmpty()) {
            telemetry.webhookDelivery("not_configured");
            return Either.left(new NotificationRejection.NotConfigured());
        }
        if (!authentic(delivery)) {
            telemetry.webhookDelivery("not_authentic");
            return Either.left(new NotificationRejection.NotAuthentic());
        }
        Either<List<FieldViolation>, JobNotice> read = delivery.notice().get();
        if (read.isLeft()) {
            telemetry.webhookDelivery("malformed");
            return Either.left(new NotificationRejection.Malformed(read.getLeft()));
        }
        JobNotice notice = read.get();
        if (!batches.get().offer(notice)) {
            telemetry.webhookDelivery("backlogged");
            throw new DeliveriesBackloggedException();
        }
        return Either.right(notice);
    }

    /**
     * A configured secret, or a valid signature; a signature sent must be valid, and where one is
     * required it must be there. Every secret is compared, by digests of one length, in constant time.
     */
    private boolean authentic(Delivery delivery) {
        Credentials credentials = delivery.credentials();
        boolean signed = credentials.webhookId().isPresent() && credentials.webhookTimestamp().isPresent()
                && credentials.webhookSignature().isPresent();
        boolean signatureValid = signed && !settings.signingSecrets().isEmpty() && signature.valid(
                credentials.webhookId().get(), credentials.webhookTimestamp().get(), credentials.webhookSignature().get(),
                delivery.body(), clock.instant());
        if (settings.signatureRequired() || signed && !settings.signingSecrets().isEmpty()) {
            if (!signatureValid) {
                return false;
            }
        }
        return signatureValid || credentials.secret().map(this::knownSecret).orElse(false);
    }

    private boolean knownSecret(String presented) {
        byte[] digest = digest(presented);
        boolean known = false;
        for (byte[] accepted : secretDigests) {
            known |= MessageDigest.isEqual(digest, accepted);
        }
        return known;
    }

    private static byte[] digest(String secret) {
        // digest() resets the instance; one per thread, as looking one up per delivery cost more than the hash.
        return SHA_256.get().digest(secret.getBytes(StandardCharsets.UTF_8));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
