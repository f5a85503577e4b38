package net.adtelligent.ports.in.system;

/**
 * Forgets the webhook's deliveries received longer ago than the retention, so the record of them
 * does not grow forever. For a scheduler.
 */
public interface ForgetWebhookDeliveries {

    /** How many deliveries were forgotten. */
    int forget();
}
