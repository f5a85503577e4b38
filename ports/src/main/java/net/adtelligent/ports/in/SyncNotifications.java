package net.adtelligent.ports.in;

import io.vavr.Lazy;
import io.vavr.control.Either;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import net.adtelligent.domain.FieldViolation;
import net.adtelligent.domain.sync.NotificationRejection;

/**
 * Airbyte's webhook: word that a sync job ended. Made before anyone signs in, it checks what the
 * caller brings (the installation's webhook secret, and a Standard Webhooks signature where one is
 * configured) before anything else. Only an early signal: the job is then read from Airbyte's API,
 * so a delivery replayed, reordered or forged with a leaked secret changes nothing Airbyte does not confirm.
 */
public interface SyncNotifications {

    /**
     * Authenticates the delivery and takes its job notice; the notice is then recorded once per job
     * and outcome and passed on to read the job, soon after and without the caller waiting (a
     * repeat is recorded as such and passes nothing on).
     *
     * @throws net.adtelligent.ports.out.OutsidePartUnavailableException when too many deliveries
     *         wait to be recorded (the database is behind): worth a retry later
     */
    Either<NotificationRejection, JobNotice> receive(Delivery delivery);

    /**
     * One delivery as received: how it authenticates, its body exactly as sent (signatures cover
     * the bytes), and the job notice read from it, or each field that could not be read: read only
     * once the delivery is authentic, so nothing an unauthenticated caller sends is parsed.
     */
    record Delivery(Credentials credentials, byte[] body, Lazy<Either<List<FieldViolation>, JobNotice>> notice) {
        public Delivery {
            Objects.requireNonNull(credentials, "credentials");
            Objects.requireNonNull(body, "body");
            Objects.requireNonNull(notice, "notice");
        }
    }

    /** What Airbyte's notification says: the Airbyte connection, the job and whether it succeeded. */
    record JobNotice(String airbyteConnectionId, long airbyteJobId, boolean success) {
        public JobNotice {
            Objects.requireNonNull(airbyteConnectionId, "airbyteConnectionId");
        }
    }

    /**
     * The secret as presented (from the URL path or a header), and the Standard Webhooks headers
     * webhook-id, webhook-timestamp and webhook-signature as sent, each absent when not sent.
     */
    record Credentials(Optional<String> secret, Optional<String> webhookId, Optional<String> webhookTimestamp,
                       Optional<String> webhookSignature) {
        public Credentials {
            Objects.requireNonNull(secret, "secret");
            Objects.requireNonNull(webhookId, "webhookId");
            Objects.requireNonNull(webhookTimestamp, "webhookTimestamp");
            Objects.requireNonNull(webhookSignature, "webhookSignature");
        }

        public static Credentials secret(String secret) {
            return new Credentials(Optional.of(secret), Optional.empty(), Optional.empty(), Optional.empty());
        }

        /** Never the secret itself: credentials end up in failure messages. */
        @Override
        public String toString() {
            return "Credentials[secret=" + (secret.isPresent() ? "(sent)" : "(none)") + ", signed="
                    + webhookSignature.isPresent() + "]";
        }
    }
}
