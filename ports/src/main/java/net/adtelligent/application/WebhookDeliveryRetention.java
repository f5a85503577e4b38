package net.adtelligent.application;

import java.time.Clock;
import java.time.Instant;
import net.adtelligent.ports.in.system.ForgetWebhookDeliveries;
import net.adtelligent.ports.out.UnitOfWork;
import net.adtelligent.ports.out.WebhookDeliveries;

/**
 * Forgets deliveries received before {@link WebhookSettings#retention()}, a batch per unit of work:
 * a short write each, so deliveries recorded meanwhile never wait long behind it.
 *
 * <p>A delivery Airbyte sends again after its job was forgotten is passed on once more. That is
 * harmless: a delivery is only a signal to read the job from Airbyte's API, and the job's run is
 * recorded once per Airbyte job whatever reads it.
 */
final class WebhookDeliveryRetention implements ForgetWebhookDeliveries {

    static final int BATCH = 1_000;

    private final WebhookSettings settings;
    private final WebhookDeliveries deliveries;
    private final UnitOfWork units;
    private final Clock clock;

    WebhookDeliveryRetention(WebhookSettings settings, WebhookDeliveries deliveries, UnitOfWork units, Clock clock) {
        this.settings = settings;
        this.deliveries = deliveries;
        this.units = units;
        this.clock = clock;
    }

    @Override
    public int forget() {
        Instant before = clock.instant().minus(settings.retention());
        int forgotten = 0;
        int batch;
        do {
            batch = units.inSystem(() -> deliveries.forgetReceivedBefore(before, BATCH));
            forgotten += batch;
        } while (batch == BATCH);
        return forgotten;
    }
}
