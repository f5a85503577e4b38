package net.adtelligent.domain.secret;

/**
 * What a secret is for. Bound into its encryption with the tenant's id, so a sealed value copied
 * to another purpose (or tenant) does not open.
 */
public enum SecretPurpose {
    /** A platform's tokens and keys for one connection. */
    CONNECTION_CREDENTIALS("connection-credentials"),
    /** The shared secret a sync engine's notifications carry, so the receiver knows they are genuine. */
    WEBHOOK_SECRET("webhook-secret");

    private final String label;

    SecretPurpose(String label) {
        this.label = label;
    }

    /** The name bound into the encryption context: stable, never renamed once secrets carry it. */
    public String label() {
        return label;
    }
}
